#!/usr/bin/env python
"""Consistency checks for held-out set 51.

Run from this folder:  /work/main/.venv/bin/python check.py
Exit status 0 when every check passes, 1 otherwise.
"""
import glob
import json
import os
import re
import sys
import unicodedata

try:
    from django_countries.data import COUNTRIES
    VALID_CODES = set(COUNTRIES)
except Exception:  # pragma: no cover - fallback when django_countries is missing
    VALID_CODES = None

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED_DOC = ["id", "file", "title", "date", "language", "issuer", "endorsers",
                "endorsers_complete", "non_endorsers_mentioned"]
REQUIRED_END = ["name", "alt_names", "kind", "countries", "country_codes", "affiliation", "parent"]
NAME_RE = re.compile(r"^51-([a-z]{2})-([a-z]{2})-[a-z0-9-]+$")


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .,;:!?\"'«»“”„‘’()[]{}-–—@#·、，；：。")


def main():
    os.chdir(HERE)
    errors = []
    txts = sorted(glob.glob("51-*.txt"))
    jsons = sorted(glob.glob("51-*.json"))
    stems_t = {f[:-4] for f in txts}
    stems_j = {f[:-5] for f in jsons}
    for s in sorted(stems_t - stems_j):
        errors.append(f"{s}.txt has no .json")
    for s in sorted(stems_j - stems_t):
        errors.append(f"{s}.json has no .txt")

    langs = set()
    total = org = ind = 0
    for stem in sorted(stems_t & stems_j):
        def err(msg):
            errors.append(f"{stem}: {msg}")
        m = NAME_RE.match(stem)
        if not m:
            err("file name does not match 51-<lang>-<country>-<slug>")
        text = open(stem + ".txt", encoding="utf-8").read()
        if unicodedata.normalize("NFC", text) != text:
            err("text is not NFC")
        try:
            doc = json.load(open(stem + ".json", encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"JSON does not parse: {e}")
            continue
        for k in REQUIRED_DOC:
            if k not in doc:
                err(f"missing document field {k!r}")
        if doc.get("file") != stem + ".txt":
            err("'file' does not name the .txt")
        if m and doc.get("language") != m.group(1):
            err(f"language {doc.get('language')!r} differs from file name")
        langs.add(doc.get("language"))
        if doc.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"]):
            err(f"date {doc['date']!r} is not ISO")
        if doc.get("title") and doc["title"] not in text:
            err(f"title not verbatim in text: {doc['title']!r}")
        if doc.get("issuer") and doc["issuer"] not in text:
            err(f"issuer not verbatim in text: {doc['issuer']!r}")
        for k in ("endorsers_complete", "text_truncated", "source_names_subset"):
            if k in doc and not isinstance(doc[k], bool):
                err(f"{k} must be boolean")
        if "stated_count" in doc and doc["stated_count"] is not None:
            if not isinstance(doc["stated_count"], int):
                err("stated_count must be an integer")
            elif doc.get("endorsers_complete") and doc["stated_count"] != len(doc["endorsers"]) and not doc.get("stated_count_note"):
                err(f"complete list but stated_count {doc['stated_count']} != {len(doc['endorsers'])}")
            elif doc["stated_count"] < len(doc["endorsers"]) and not doc.get("stated_count_note"):
                err("stated_count smaller than the number of endorsers")

        ends = doc.get("endorsers", [])
        if not 12 <= len(ends) <= 35:
            err(f"{len(ends)} endorsers (expected 12-35)")
        keys = {}
        for i, e in enumerate(ends):
            label = f"endorser {i + 1} {e.get('name')!r}"
            for k in REQUIRED_END:
                if k not in e:
                    err(f"{label}: missing field {k!r}")
            if e.get("kind") not in ("organization", "individual"):
                err(f"{label}: bad kind {e.get('kind')!r}")
            if not isinstance(e.get("alt_names"), list):
                err(f"{label}: alt_names must be a list")
                continue
            name = e.get("name") or ""
            if e.get("normalized_name"):
                if not e["alt_names"]:
                    err(f"{label}: normalized_name without written form in alt_names")
            elif name not in text:
                err(f"{label}: name not verbatim in text")
            for a in e["alt_names"]:
                if a not in text:
                    err(f"{label}: alt name {a!r} not verbatim in text")
            if e.get("affiliation") is not None and e.get("kind") != "individual":
                err(f"{label}: affiliation set on an organisation")
            if e.get("honorific") and name.startswith(e["honorific"]):
                err(f"{label}: honorific left in name")
            cs, cc = e.get("countries", []), e.get("country_codes", [])
            if len(cs) != len(cc):
                err(f"{label}: countries and country_codes differ in length")
            for c in cc:
                if not re.fullmatch(r"[A-Z]{2}", c) or (VALID_CODES is not None and c not in VALID_CODES):
                    err(f"{label}: invalid country code {c!r}")
            for c in cs:
                if c not in text:
                    err(f"{label}: country {c!r} not verbatim in text")
            if e.get("country_from_name") and not any(c in name or any(c in a for a in e["alt_names"]) for c in cs):
                err(f"{label}: country_from_name but no country written in the name")
            for n in [name] + e["alt_names"]:
                k = norm(n)
                if k in keys and keys[k] != i:
                    err(f"{label}: name form {n!r} also used by endorser {keys[k] + 1}")
                keys[k] = i
            total += 1
            org += e.get("kind") == "organization"
            ind += e.get("kind") == "individual"

        all_forms = set(keys)
        for i, e in enumerate(ends):
            label = f"endorser {i + 1} {e.get('name')!r}"
            p = e.get("parent")
            if p is None:
                if e.get("parent_not_in_list"):
                    err(f"{label}: parent_not_in_list without parent")
                continue
            if p not in text:
                err(f"{label}: parent {p!r} not verbatim in text")
            in_list = norm(p) in all_forms
            if e.get("parent_not_in_list") and in_list:
                err(f"{label}: parent {p!r} flagged not in list but it is an endorser")
            if not e.get("parent_not_in_list") and not in_list:
                err(f"{label}: parent {p!r} is not an endorser but parent_not_in_list is not set")

        ne = doc.get("non_endorsers_mentioned", [])
        if not isinstance(ne, list):
            err("non_endorsers_mentioned must be a list")
            ne = []
        for n in ne:
            if n not in text:
                err(f"non-endorser {n!r} not verbatim in text")
            if norm(n) in all_forms:
                err(f"non-endorser {n!r} is also an endorser")

    n_files = len(stems_t & stems_j)
    print(f"{n_files} statements, {len(langs)} languages ({', '.join(sorted(l for l in langs if l))}), "
          f"{total} endorsers ({org} organisations, {ind} individuals)")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
