#!/usr/bin/env python3
"""Validate held-out set 59 (text + gold annotation pairs).

Usage: python check.py [folder]   (default: the folder of this script)

Checks, for every NNN-*.txt / NNN-*.json pair:
  * every .txt has a .json and every .json has a .txt;
  * the JSON parses and has the required document and endorser fields;
  * kind is 'organization' or 'individual'; date is ISO (YYYY-MM-DD) or null;
  * title, headline, issuer, every endorser name (unless normalized_name),
    alt_name, affiliation, parent and every non_endorsers_mentioned entry is a
    substring of the text after whitespace collapse (Unicode NFC);
  * countries and country_codes have the same length, codes are ISO 3166-1
    alpha-2 territories known to babel;
  * parents name an endorser of the same file unless parent_not_in_list,
    individuals have no parent;
  * no endorser name / alt_name occurs in non_endorsers_mentioned, and no
    endorser is listed twice;
  * 15..35 endorsers per file.
Prints the counts per file and a summary; exits 1 when a problem is found.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from babel import Locale

NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ"}
TERRITORIES = {
    code for code in Locale("en").territories
    if len(code) == 2 and code.isalpha() and code.isupper() and code not in NOT_COUNTRIES
}

DOC_FIELDS = [
    "id", "file", "title", "date", "language", "issuer", "endorsers",
    "endorsers_complete", "text_truncated", "source_names_subset",
    "stated_count", "non_endorsers_mentioned", "topic", "list_format",
]
ENDORSER_FIELDS = ["name", "alt_names", "kind", "countries", "country_codes",
                   "affiliation", "parent"]
KINDS = {"organization", "individual"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def collapse(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm(s):
    s = collapse(s).casefold()
    return s.strip(" \t.,;:!?\"'«»“”‘’()[]-–—•*")


def check_file(txt_path, problems):
    stem = txt_path.stem
    json_path = txt_path.with_suffix(".json")

    def bad(msg):
        problems.append(f"{stem}: {msg}")

    if not json_path.exists():
        bad("missing .json")
        return None
    try:
        gold = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        bad(f"JSON does not parse: {exc}")
        return None
    text = collapse(txt_path.read_text(encoding="utf-8"))

    def in_text(value, what):
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            bad(f"{what} is not a non-empty string: {value!r}")
        elif collapse(value) not in text:
            bad(f"{what} not found in text: {value!r}")

    for field in DOC_FIELDS:
        if field not in gold:
            bad(f"missing document field '{field}'")
    if gold.get("file") not in (None, txt_path.name):
        bad(f"'file' is {gold.get('file')!r}, expected {txt_path.name!r}")
    date = gold.get("date")
    if date is not None and not (isinstance(date, str) and DATE_RE.match(date)):
        bad(f"date not ISO: {date!r}")
    lang = gold.get("language")
    if not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2}", lang)):
        bad(f"language not ISO 639-1: {lang!r}")
    if not stem.startswith(f"59-{lang}-"):
        bad(f"stem does not start with '59-{lang}-'")
    for field in ("title", "headline", "issuer"):
        in_text(gold.get(field), field)
    for field in ("endorsers_complete", "text_truncated", "source_names_subset"):
        if field in gold and not isinstance(gold[field], bool):
            bad(f"{field} is not a boolean")
    sc = gold.get("stated_count")
    if sc is not None and not isinstance(sc, int):
        bad(f"stated_count is not an integer or null: {sc!r}")
    for field in ("implied_countries_all",):
        if field in gold and not isinstance(gold[field], list):
            bad(f"{field} is not a list")

    endorsers = gold.get("endorsers") or []
    non_end = gold.get("non_endorsers_mentioned") or []
    if not isinstance(non_end, list):
        bad("non_endorsers_mentioned is not a list")
        non_end = []
    for ne in non_end:
        in_text(ne, "non_endorser")
    non_end_norm = {norm(ne) for ne in non_end if isinstance(ne, str)}

    names_seen = Counter()
    endorser_names = set()
    for e in endorsers:
        endorser_names.add(norm(e.get("name", "")))
        for alt in e.get("alt_names") or []:
            endorser_names.add(norm(alt))

    counts = Counter()
    for i, e in enumerate(endorsers, 1):
        label = f"endorser #{i} {e.get('name')!r}"
        for field in ENDORSER_FIELDS:
            if field not in e:
                bad(f"{label}: missing field '{field}'")
        kind = e.get("kind")
        if kind not in KINDS:
            bad(f"{label}: bad kind {kind!r}")
        counts[kind] += 1
        if e.get("normalized_name"):
            if not e.get("alt_names"):
                bad(f"{label}: normalized_name without the written form in alt_names")
        else:
            in_text(e.get("name"), f"{label} name")
        alts = e.get("alt_names")
        if not isinstance(alts, list):
            bad(f"{label}: alt_names is not a list")
            alts = []
        for alt in alts:
            in_text(alt, f"{label} alt_name")
        in_text(e.get("affiliation"), f"{label} affiliation")
        parent = e.get("parent")
        in_text(parent, f"{label} parent")
        if parent is not None:
            if kind != "organization":
                bad(f"{label}: only organisations have parents")
            if not e.get("parent_not_in_list") and norm(parent) not in endorser_names:
                bad(f"{label}: parent {parent!r} is not an endorser (set parent_not_in_list)")
        countries = e.get("countries") or []
        codes = e.get("country_codes") or []
        if len(countries) != len(codes):
            bad(f"{label}: countries and country_codes differ in length")
        for code in codes:
            if code not in TERRITORIES:
                bad(f"{label}: invalid ISO country code {code!r}")
        if e.get("country_from_name") and not codes:
            bad(f"{label}: country_from_name without a country")
        for n in [e.get("name", "")] + list(alts):
            if norm(n) in non_end_norm:
                bad(f"{label}: {n!r} also in non_endorsers_mentioned")
        names_seen[norm(e.get("name", ""))] += 1
    for n, c in names_seen.items():
        if c > 1:
            bad(f"endorser listed {c} times: {n!r}")
    n = len(endorsers)
    if not 15 <= n <= 35:
        bad(f"{n} endorsers (expected 15..35)")
    return lang, counts


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems = []
    txts = sorted(p for p in folder.glob("*.txt"))
    for j in sorted(folder.glob("*.json")):
        if not j.with_suffix(".txt").exists():
            problems.append(f"{j.stem}: .json without .txt")
    total = Counter()
    langs = Counter()
    print(f"{'file':<48} {'lang':<4} {'org':>4} {'ind':>4} {'all':>4}")
    for t in txts:
        res = check_file(t, problems)
        if res is None:
            continue
        lang, counts = res
        langs[lang] += 1
        total.update(counts)
        org, ind = counts["organization"], counts["individual"]
        print(f"{t.stem:<48} {lang:<4} {org:>4} {ind:>4} {org + ind:>4}")
    print(f"\n{len(txts)} texts; languages: "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"endorsers: {sum(total.values())} "
          f"(organisations {total['organization']}, individuals {total['individual']})")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    main()
