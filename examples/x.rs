fn main() {
    let t = std::env::args().nth(1).unwrap();
    for o in claimtrail::extract::extract(&t) {
        println!("{:?} | {} | {} | {} | {:?}", o.actor_name, o.actor_surface, o.cue, o.content, o.reported_by);
    }
}
