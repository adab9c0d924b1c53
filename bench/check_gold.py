#!/usr/bin/env python3
"""Checks an annotated gold file (tests/hard/gold.json) before it is scored.

Usage: python3 bench/check_gold.py GOLD.json

score.py counts a re-report pair for every two claims of one group in different articles, so
a group name that two stories both use ("T01" in the study and in the count story) makes
pairs that no linker could find. Each article id is STORY-NN-OUTLET; every group must stay
within one story, and every claim must have the fields score.py reads.
"""
import json
import sys

FIELDS = ("actor", "actor_surface", "cue", "key", "group", "kind")


def main(path):
    gold = json.load(open(path, encoding="utf-8"))
    stories = {}
    problems = []
    for aid, article in gold["articles"].items():
        story = aid.split("-")[0]
        for c in article["claims"]:
            missing = [f for f in FIELDS if not c.get(f)]
            if missing:
                problems.append(f"{aid}: a claim without {', '.join(missing)}: {c.get('key')!r}")
            stories.setdefault(c.get("group"), set()).add(story)
    for group, owners in sorted(stories.items(), key=lambda kv: str(kv[0])):
        if len(owners) > 1:
            problems.append(f"group {group} is used by several stories: {', '.join(sorted(owners))}")
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"{path}: {len(gold['articles'])} articles, {len(stories)} groups, each in one story")


if __name__ == "__main__":
    main(sys.argv[1])
