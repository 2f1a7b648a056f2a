#!/usr/bin/env python
"""Consistency check for held-out set 45.

Run with a Python that has django_countries installed, e.g.
    /work/main/.venv/bin/python check.py
Exits non-zero and lists the problems if any check fails.
"""
import glob
import json
import os
import re
import sys
import unicodedata

import django
from django.conf import settings

if not settings.configured:
    settings.configure()
django.setup()
from django_countries import countries  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VALID_CODES = {code for code, _ in countries}

DOC_FIELDS = ["title", "date", "language", "issuer", "endorsers", "endorsers_complete",
              "stated_count", "non_endorsers_mentioned"]
END_FIELDS = ["name", "alt_names", "kind", "countries", "country_codes", "affiliation", "parent"]
FILE_RE = re.compile(r"^45-([a-z]{2})-([a-z]{2})-[a-z0-9-]+$")

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .,;:-–—'\"«»„“”()[]")


txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
jsons = sorted(glob.glob(os.path.join(HERE, "*.json")))
stems_t = {os.path.basename(p)[:-4] for p in txts}
stems_j = {os.path.basename(p)[:-5] for p in jsons}
for s in sorted(stems_t - stems_j):
    bad(s, ".txt without .json")
for s in sorted(stems_j - stems_t):
    bad(s, ".json without .txt")

languages = set()
total = org = ind = 0
for stem in sorted(stems_t & stems_j):
    m = FILE_RE.match(stem)
    if not m:
        bad(stem, "file name does not match 45-<lang>-<cc>-<slug>")
    text = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    try:
        d = json.load(open(os.path.join(HERE, stem + ".json"), encoding="utf-8"))
    except json.JSONDecodeError as e:
        bad(stem, f"JSON does not parse: {e}")
        continue
    for f in DOC_FIELDS:
        if f not in d:
            bad(stem, f"missing document field {f!r}")
    if d.get("file") and d["file"] != stem + ".txt":
        bad(stem, f"'file' is {d['file']!r}")
    lang = d.get("language")
    languages.add(lang)
    if m and lang != m.group(1):
        bad(stem, f"language {lang!r} differs from file name")
    if d.get("title") is not None and d["title"] not in text:
        bad(stem, "title not found verbatim in text")
    if d.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
        bad(stem, f"date {d['date']!r} is not ISO")
    ends = d.get("endorsers", [])
    if not 15 <= len(ends) <= 45:
        bad(stem, f"{len(ends)} endorsers (expected 15-45)")
    if d.get("stated_count") is not None and d.get("endorsers_complete") and d["stated_count"] != len(ends):
        bad(stem, f"stated_count {d['stated_count']} != {len(ends)} endorsers in a complete list")

    names = {}
    all_forms = set()
    for i, e in enumerate(ends):
        label = f"endorser {i + 1} {e.get('name')!r}"
        for f in END_FIELDS:
            if f not in e:
                bad(stem, f"{label}: missing field {f!r}")
        if e.get("kind") not in ("organization", "individual"):
            bad(stem, f"{label}: bad kind {e.get('kind')!r}")
        if not e.get("normalized_name") and e.get("name") not in text:
            bad(stem, f"{label}: name not found verbatim in text")
        if e.get("normalized_name") and not e.get("alt_names"):
            bad(stem, f"{label}: normalized_name without the written form in alt_names")
        for a in e.get("alt_names", []):
            if a not in text:
                bad(stem, f"{label}: alt name {a!r} not found verbatim in text")
        cc = e.get("country_codes", [])
        if len(cc) != len(e.get("countries", [])):
            bad(stem, f"{label}: countries and country_codes differ in length")
        for c in cc:
            if c not in VALID_CODES:
                bad(stem, f"{label}: invalid ISO 3166-1 alpha-2 code {c!r}")
        if e.get("kind") == "individual" and e.get("parent"):
            bad(stem, f"{label}: individual with a parent")
        forms = [e.get("name", "")] + list(e.get("alt_names", []))
        for form in forms:
            k = norm(form)
            if k in all_forms:
                bad(stem, f"{label}: form {form!r} duplicates another endorser's form")
        all_forms.update(norm(f) for f in forms)
        names[e.get("name")] = e
        total += 1
        org += e.get("kind") == "organization"
        ind += e.get("kind") == "individual"
    for e in ends:
        p = e.get("parent")
        if p and not e.get("parent_not_in_list") and p not in names:
            bad(stem, f"parent {p!r} of {e['name']!r} is not an endorser name and parent_not_in_list is not set")
        if p and e.get("parent_not_in_list") and p in names:
            bad(stem, f"parent {p!r} of {e['name']!r} is in the list but marked parent_not_in_list")
        if p == e.get("name"):
            bad(stem, f"{e['name']!r} is its own parent")
    for n in d.get("non_endorsers_mentioned", []):
        if n not in text:
            bad(stem, f"non-endorser {n!r} not found verbatim in text")
        if norm(n) in all_forms:
            bad(stem, f"non-endorser {n!r} is also an endorser")

if len(stems_t) != 14:
    problems.append(f"expected 14 statements, found {len(stems_t)}")
if len(languages) < 9:
    problems.append(f"only {len(languages)} languages: {sorted(languages)}")

print(f"{len(stems_t)} statements, {len(languages)} languages ({', '.join(sorted(languages))}), "
      f"{total} endorsers ({org} organisations, {ind} individuals)")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
