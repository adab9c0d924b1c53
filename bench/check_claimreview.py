#!/usr/bin/env python3
"""Validates `claimtrail export --format claimreview` as JSON-LD with pyld (offline).

Usage: claimtrail export --format claimreview | python3 bench/check_claimreview.py

The document is expanded with pyld; https://schema.org resolves to a local context
({"@vocab": "https://schema.org/"}) so that no network is used. Every node must expand to a
schema.org Claim with text, author (Person or Organization with a name), datePublished,
firstAppearance and at least one appearance (CreativeWork with a url). Exits 1 otherwise.
"""
import json
import sys

from pyld import jsonld

S = "https://schema.org/"


def loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url,
                "document": {"@context": {"@vocab": S}}}
    raise RuntimeError(f"no network: {url}")


def main():
    doc = json.load(sys.stdin)
    jsonld.set_document_loader(loader)
    expanded = jsonld.expand(doc)
    claims = [n for n in expanded if S + "Claim" in n.get("@type", [])]
    problems = []
    if not claims or len(claims) != len(expanded):
        problems.append(f"{len(expanded)} nodes, {len(claims)} of them Claims")
    for c in claims:
        cid = c.get("@id", "?")
        for key in ("text", "author", "datePublished", "firstAppearance", "appearance"):
            if S + key not in c:
                problems.append(f"{cid}: no {key}")
        for a in c.get(S + "author", []):
            if not set(a.get("@type", [])) & {S + "Person", S + "Organization"} or S + "name" not in a:
                problems.append(f"{cid}: author is not a named Person or Organization")
        for app in c.get(S + "appearance", []):
            if S + "CreativeWork" not in app.get("@type", []) or S + "url" not in app:
                problems.append(f"{cid}: appearance without CreativeWork type or url")
    for p in problems[:20]:
        print("claimreview: " + p)
    print(f"claimreview: {len(claims)} Claim nodes expanded as JSON-LD, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
