use claimtrail::link::Fingerprint;
fn main() {
    let a = std::env::args().nth(1).unwrap();
    let b = std::env::args().nth(2).unwrap();
    let (fa, fb) = (Fingerprint::new(&a), Fingerprint::new(&b));
    let sh = fa.shared(&fb);
    println!(
        "A {:?}\nB {:?}\nshared {sh} wa {} wb {} dice {:.2} cont {:.2} link {}",
        fa.stems(),
        fb.stems(),
        fa.weight(),
        fb.weight(),
        2.0 * sh / (fa.weight() + fb.weight()),
        sh / fa.weight().min(fb.weight()),
        claimtrail::link::same_statement(&fa, &fb, false)
    );
}
