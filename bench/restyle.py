#!/usr/bin/env python3
"""Rewrites tests/hard's Markdown pages as texts arrive from elsewhere, and compares what
claimtrail extracts from them with what it extracts from the pages as written.

Usage: python3 bench/restyle.py [--bin target/release/claimtrail] [STYLE ...]

Styles: wrap72, wrap40 (each paragraph wrapped at that many columns, as mails and PDFs give
text), together (paragraphs run together after the headline, as crawlers dump them), british
(single quotation marks for speech, double inside), html (a news site's HTML page, with
navigation, a cookie banner, share links, a caption, an ad, related links, a newsletter box
and comments around the article). For each style it prints how many export lines (url,
actor, cue, text) differ from the pages as written, quotation marks compared as one. The
other files of the stories (HTML pages, JSON Lines) are copied as they are, so that linking
has its usual company. Standard library only.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARD = os.path.join(ROOT, "tests", "hard", "corpus")


def split_page(t):
    """(front matter, body) of a saved page."""
    if t.startswith("---\n"):
        i = t.index("\n---\n", 4) + 5
        return t[:i], t[i:]
    return "", t


def wrap(body, width):
    return "\n".join(textwrap.fill(l, width, break_long_words=False, break_on_hyphens=False)
                     if l.strip() else l for l in body.split("\n"))


def together(body):
    paras = [l for l in body.split("\n") if l.strip()]
    return paras[0] + "\n\n" + " ".join(paras[1:])


def smart(t):
    t = re.sub(r'(^|[\s(\[—–-])"', lambda m: m.group(1) + "\u201c", t, flags=re.M)
    t = t.replace('"', "\u201d")
    t = re.sub(r"(^|[\s(\[—–\u201c-])'", lambda m: m.group(1) + "\u2018", t, flags=re.M)
    return t.replace("'", "\u2019")


def british(body):
    return smart(body).translate({0x201C: "\u2018", 0x201D: "\u2019", 0x2018: "\u201c"})


def inline(p):
    p = html.escape(p, quote=False)
    p = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", p)
    p = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", p)
    p = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', p)
    m = list(re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", p))
    if len(m) > 1 and "<" not in p[m[1].start():m[1].end()]:
        a, b = m[1].span()
        p = p[:a] + '<a href="/topic/x" class="tag">' + p[a:b] + "</a>" + p[b:]
    return p


def page(head, body):
    meta = {}
    for l in head.strip("-\n").split("\n"):
        k, _, v = l.partition(":")
        meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.split("\n") if l.strip()]
    title, paras = paras[0].lstrip("# ").strip(), paras[1:]
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           f'<title>{html.escape(title)} | {html.escape(meta.get("outlet", ""))}</title>',
           f'<link rel="canonical" href="{meta.get("url", "")}">',
           f'<meta property="og:site_name" content="{html.escape(meta.get("outlet", ""))}">',
           f'<meta property="article:published_time" content="{meta.get("published", "")}">',
           '<script>window.dataLayer=[]; var s="He said: \\"no\\"";</script></head><body>',
           '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>',
           '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>',
           f"<main><article><h1>{html.escape(title)}</h1>",
           '<div class="byline">By <a href="/staff">Staff Reporter</a> | <time>2 hours ago</time></div>',
           '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>']
    for i, p in enumerate(paras):
        if p.startswith(">"):
            out.append(f'<blockquote><p>{inline(p.lstrip("> ").strip())}</p></blockquote>')
        elif p.startswith(("- ", "* ")):
            out.append(f"<ul><li>{inline(p[2:])}</li></ul>")
        elif p.startswith("#"):
            out.append(f'<h2>{inline(p.lstrip("# "))}</h2>')
        else:
            out.append(f"<p>{inline(p)}</p>")
        if i == 1:
            out.append('<figure><img src="/1.jpg" alt=""><figcaption>The scene on Tuesday. Photo: Agency staff</figcaption></figure>')
            out.append('<div class="ad"><span>Advertisement</span></div>')
        if i == 3:
            out.append('<aside class="related"><h3>Read more</h3><ul><li><a href="/a">Minister says talks will go on</a></li></ul></aside>')
    out += ["</article>",
            '<section class="newsletter"><h2>Sign up for our newsletter</h2><p>Get the top stories in your inbox.</p></section>',
            '<section class="comments"><h2>Comments (1)</h2><p>This is outrageous, the government said nothing!</p></section>',
            "</main><footer><p>© 2026 Example Media.</p></footer></body></html>"]
    return "\n".join(out)


STYLES = {
    "wrap72": lambda h, b: (".md", h + wrap(b, 72)),
    "wrap40": lambda h, b: (".md", h + wrap(b, 40)),
    "together": lambda h, b: (".md", h + together(b)),
    "british": lambda h, b: (".md", h + british(b)),
    "html": lambda h, b: (".html", page(h, b)),
}


def restyle(dst, style):
    shutil.copytree(HARD, dst)
    for root, _, files in os.walk(dst):
        for f in files:
            if f.endswith(".md"):
                p = os.path.join(root, f)
                ext, text = STYLES[style](*split_page(open(p, encoding="utf-8").read()))
                os.remove(p)
                open(p[:-3] + ext, "w", encoding="utf-8").write(text)


def export(binary, corpus, tmp):
    db = os.path.join(tmp, "db")
    for s in ("", "-wal", "-shm"):
        if os.path.exists(db + s):
            os.remove(db + s)
    subprocess.run([binary, "--db", db, "add", "--quiet", corpus], check=True)
    out = subprocess.run([binary, "--db", db, "export", "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    marks = str.maketrans({c: '"' for c in "\u201c\u201d\u2018\u2019'"})
    return sorted(" | ".join([r["url"], (r["actor"] or "").translate(marks), r["cue"], r["text"].translate(marks)])
                  for r in map(json.loads, out.splitlines()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "claimtrail"))
    ap.add_argument("styles", nargs="*", default=list(STYLES))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = export(a.bin, HARD, tmp)
        print(f"as written: {len(base)} export lines")
        for style in a.styles:
            d = os.path.join(tmp, style)
            restyle(d, style)
            got = export(a.bin, d, tmp)
            lost = sorted(set(base) - set(got))
            gained = sorted(set(got) - set(base))
            print(f"{style}: {len(lost) + len(gained)} lines differ")
            for l in lost:
                print(f"  - {l}")
            for l in gained:
                print(f"  + {l}")


if __name__ == "__main__":
    sys.exit(main())
