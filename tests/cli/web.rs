//! Real inputs: saved HTML pages, URLs fetched from a server the test starts on localhost, and
//! WARC archives.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use crate::common::Env;

const PAGE: &str = include_str!("../fixtures/harbour-gazette.html");

const BODY: &str = "Port strike enters second week\n\n\
ROTTERDAM — Dock workers at Europe's largest port extended their strike on Tuesday, the FNV union said, after talks with employers broke down overnight.\n\n\
\"We are ready to talk, but not on our knees,\" union negotiator Niek Stam told reporters outside the terminal, adding that members had lost ten percent of their purchasing power.\n\n\
Employers' group Deltalinqs said the stoppage would cost the Dutch economy 20 million euros a day.";

fn article_json(env: &Env, id: &str) -> serde_json::Value {
    let r = env.run(&["article", id, "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

#[test]
fn a_saved_page_imports_its_body_and_metadata_only() {
    let env = Env::new();
    let page = env.write("saved/strike.html", PAGE);
    let r = env.run(&["add", page.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = env.run(&["article", "1", "--text"]).stdout;
    assert_eq!(text.trim_end(), BODY);
    let a = article_json(&env, "1");
    assert_eq!(
        a["url"],
        "https://harbourgazette.example/news/port-strike-week-two"
    );
    assert_eq!(a["outlet"], "Harbour Gazette");
    assert_eq!(a["title"], "Port strike enters second week");
    let v = &a["versions"][0];
    assert_eq!(v["published"], "2025-06-10T08:30:00+02:00");
    assert_eq!(v["author"], "Ine de Vries");
    // the page itself is kept, byte for byte, and its hash is in the log
    let raw = env.cmd().args(["article", "1", "--raw"]).output().unwrap();
    assert_eq!(raw.stdout, PAGE.as_bytes());
    let log: Vec<serde_json::Value> =
        serde_json::from_str(&env.run(&["log", "--json"]).stdout).unwrap();
    assert_eq!(log[0]["raw_sha256"], v["raw_sha256"]);
    // claims come from the body: the quote, not the comment section
    let claims = env.run(&["claims", "--json"]).stdout;
    assert!(claims.contains("not on our knees"), "{claims}");
    assert!(!claims.contains("disgrace"), "{claims}");
    // flags override what the page says
    let env2 = Env::new();
    let page2 = env2.write("p.html", PAGE);
    let r = env2.run(&["add", page2.to_str().unwrap(), "--outlet", "HG Online"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(article_json(&env2, "1")["outlet"], "HG Online");
    assert_eq!(env2.run(&["verify"]).code, 0);
}

/// A tiny HTTP server on localhost: `/page` redirects to `/story` (the page), `/logo.png` is
/// an image, anything else is 404. Serves `n` requests, then stops.
fn serve(n: usize) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            reader.read_line(&mut request).unwrap();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap() == 0 || h == "\r\n" {
                    break;
                }
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, ctype, body): (&str, &str, Vec<u8>) = match path.as_str() {
                "/page" => ("302 Found\r\nLocation: /story", "text/plain", Vec::new()),
                "/story" => ("200 OK", "text/html; charset=utf-8", PAGE.replace(
                    "<link rel=\"canonical\" href=\"https://harbourgazette.example/news/port-strike-week-two\">", "").into_bytes()),
                "/logo.png" => ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n".to_vec()),
                _ => ("404 Not Found", "text/html", b"<p>gone</p>".to_vec()),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
            let mut rest = Vec::new();
            let _ = reader.read_to_end(&mut rest);
        }
    });
    port
}

#[test]
fn a_url_is_fetched_following_redirects() {
    let port = serve(4);
    let env = Env::new();
    let url = format!("http://127.0.0.1:{port}/page");
    let r = env.run(&["add", &url]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(env.run(&["article", "1", "--text"]).stdout.trim_end(), BODY);
    let a = article_json(&env, "1");
    // no canonical link in this copy: the page's og:url? none either, so the final address
    assert_eq!(a["url"], format!("http://127.0.0.1:{port}/story"));
    assert!(a["versions"][0]["fetched_at"]
        .as_str()
        .unwrap()
        .starts_with("20"));
    // a non-HTML response and a 404 are clear errors naming the url; nothing is stored
    let png = format!("http://127.0.0.1:{port}/logo.png");
    let missing = format!("http://127.0.0.1:{port}/missing");
    let r = env.run(&["add", &png, &missing]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains(&format!("{png}: not an HTML page (content type image/png)")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!("{missing}: HTTP status 404")),
        "{}",
        r.stderr
    );
    assert_eq!(
        env.run(&["articles", "--json"])
            .stdout
            .matches("\"id\"")
            .count(),
        1
    );
}

/// One WARC record around `block`.
fn record(warc_type: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-09-13T10:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

#[test]
fn a_warc_gz_with_three_pages_and_an_image_imports_three_articles() {
    let env = Env::new();
    let mut gz = Vec::new();
    let mut add_member = |rec: Vec<u8>| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&rec).unwrap();
        gz.extend(e.finish().unwrap());
    };
    let resp = "application/http; msgtype=response";
    for (i, who) in ["the mayor", "the governor", "the minister"]
        .iter()
        .enumerate()
    {
        let html = format!(
            "<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Story {i}</h1>\
             <p>The bridge will reopen in {} weeks, {who} said on Friday, after repairs ran over budget.</p></article></body></html>",
            i + 2
        );
        add_member(record(
            "request",
            &format!("https://news.example/{i}"),
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        add_member(record(
            "response",
            &format!("https://news.example/{i}"),
            resp,
            &http_response("text/html", html.as_bytes()),
        ));
    }
    add_member(record(
        "response",
        "https://news.example/logo.png",
        resp,
        &http_response("image/png", b"\x89PNG\r\n"),
    ));
    let warc = env.write("crawl.warc.gz", &gz);
    let r = env.run(&["add", warc.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("3 added"), "{}", r.stderr);
    assert!(r.stderr.contains("4 skipped"), "{}", r.stderr);
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&env.run(&["articles", "--json"]).stdout).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["url"], "https://news.example/1");
    assert_eq!(rows[1]["published"], "2025-09-13T10:00:00+00:00");
    let text = env.run(&["article", "2", "--text"]).stdout;
    assert!(
        text.contains("the governor said") && !text.contains("Home"),
        "{text}"
    );
    // re-adding the archive changes nothing
    let again = env.run(&["add", warc.to_str().unwrap()]);
    assert!(
        again
            .stderr
            .contains("0 added, 0 new versions, 3 unchanged"),
        "{}",
        again.stderr
    );
}
