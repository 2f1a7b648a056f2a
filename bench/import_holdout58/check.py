#!/usr/bin/env python3
"""Validate held-out set 58 (.txt texts + .json gold annotations).

Checks, per file:
  * every .txt has a .json with the same stem (and vice versa), JSON parses;
  * required top-level and endorser fields are present and well typed;
  * title, issuer, every endorser name (unless normalized_name), alt_name,
    affiliation, parent, honorific and every non_endorsers_mentioned entry is a
    substring of the text after whitespace collapse (Unicode NFC);
  * kind is "organization" or "individual"; only organisations have parents;
    a parent is another endorser's name/alt_name unless parent_not_in_list;
  * countries / country_codes have the same length and codes are ISO 3166-1
    alpha-2 (pycountry);
  * no endorser name or alt_name appears in non_endorsers_mentioned; no
    duplicate endorsers;
  * endorsers appear in text order (warning only);
  * 15..35 endorsers per file.
Prints counts per file and totals. Exit status 1 if any error.
Usage: python check.py [folder]   (default: the folder of this script)
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

try:
    import pycountry

    def valid_code(code):
        return pycountry.countries.get(alpha_2=code) is not None
    CODE_SOURCE = "pycountry"
except ImportError:  # fallback so the script still runs where pycountry is missing
    try:
        from babel import Locale
        _codes = {k for k in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", k)}
        _codes -= {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB", "XK"}

        def valid_code(code):
            return code in _codes
        CODE_SOURCE = "babel (pycountry not installed)"
    except ImportError:
        def valid_code(code):
            return bool(re.fullmatch(r"[A-Z]{2}", code))
        CODE_SOURCE = "format only (neither pycountry nor babel installed)"

TOP_FIELDS = {
    "id": str, "file": str, "source": dict, "title": (str, type(None)),
    "date": (str, type(None)), "language": str, "issuer": (str, type(None)),
    "endorsers": list, "endorsers_complete": bool, "text_truncated": bool,
    "source_names_subset": bool, "stated_count": (int, type(None)),
    "non_endorsers_mentioned": list, "topic": str, "list_format": str, "notes": list,
}
END_FIELDS = {
    "name": str, "alt_names": list, "kind": str, "countries": list,
    "country_codes": list, "affiliation": (str, type(None)), "parent": (str, type(None)),
}
KINDS = {"organization", "individual"}
SCRIPTS = {
    "Latin": re.compile(r"[A-Za-zÀ-ɏ]"),
    "Cyrillic": re.compile(r"[\u0400-\u04FF]"),
    "Greek": re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]"),
    "Arabic": re.compile(r"[\u0600-\u06FF]"),
    "Hangul": re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]"),
}


def collapse(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def key(s):
    s = collapse(s).casefold()
    return s.strip(" .,;:!?\"'“”«»()[]-–—•*")


def check_file(json_path, txt_path, errors, warnings):
    stem = os.path.basename(json_path)[:-5]

    def err(msg):
        errors.append(f"{stem}: {msg}")

    def warn(msg):
        warnings.append(f"{stem}: {msg}")

    try:
        with open(json_path, encoding="utf-8") as f:
            d = json.load(f)
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not parse: {exc}")
        return None
    with open(txt_path, encoding="utf-8") as f:
        raw = f.read()
    text = collapse(raw)

    for field, typ in TOP_FIELDS.items():
        if field not in d:
            err(f"missing top-level field '{field}'")
        elif not isinstance(d[field], typ):
            err(f"field '{field}' has type {type(d[field]).__name__}")
    if d.get("file") != os.path.basename(txt_path):
        err(f"'file' is {d.get('file')!r}, expected {os.path.basename(txt_path)!r}")
    if d.get("date") is not None:
        try:
            datetime.date.fromisoformat(d["date"])
        except ValueError:
            err(f"date {d['date']!r} is not ISO")
    if not re.fullmatch(r"[a-z]{2}", d.get("language") or ""):
        err(f"language {d.get('language')!r} is not ISO 639-1")

    def must_be_in_text(value, what):
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            err(f"{what} is empty or not a string: {value!r}")
        elif collapse(value) not in text:
            err(f"{what} not found in text: {value!r}")

    must_be_in_text(d.get("title"), "title")
    must_be_in_text(d.get("issuer"), "issuer")

    endorsers = d.get("endorsers") or []
    all_forms = {}
    for i, e in enumerate(endorsers):
        label = f"endorser #{i + 1} {e.get('name')!r}"
        for field, typ in END_FIELDS.items():
            if field not in e:
                err(f"{label}: missing field '{field}'")
            elif not isinstance(e[field], typ):
                err(f"{label}: field '{field}' has type {type(e[field]).__name__}")
        if e.get("kind") not in KINDS:
            err(f"{label}: kind {e.get('kind')!r}")
        if e.get("normalized_name"):
            if not any(collapse(a) in text for a in e.get("alt_names", [])):
                err(f"{label}: normalized_name but no written form among alt_names")
        else:
            must_be_in_text(e.get("name"), f"{label}: name")
        for a in e.get("alt_names", []):
            must_be_in_text(a, f"{label}: alt_name")
        must_be_in_text(e.get("affiliation"), f"{label}: affiliation")
        must_be_in_text(e.get("honorific"), f"{label}: honorific")
        if e.get("parent") is not None:
            must_be_in_text(e["parent"], f"{label}: parent")
            if e.get("kind") != "organization":
                err(f"{label}: only organisations have a parent")
        if e.get("kind") == "organization" and e.get("affiliation"):
            warn(f"{label}: organisation with an affiliation")
        cs, cc = e.get("countries", []), e.get("country_codes", [])
        if len(cs) != len(cc):
            err(f"{label}: countries {cs} and country_codes {cc} differ in length")
        for c in cc:
            if not isinstance(c, str) or not valid_code(c):
                err(f"{label}: invalid ISO 3166-1 alpha-2 code {c!r}")
        if e.get("country_from_name") and not cc:
            err(f"{label}: country_from_name without a country")
        for form in [e.get("name", "")] + list(e.get("alt_names", [])):
            k = key(form)
            if k in all_forms and all_forms[k] != i:
                err(f"{label}: form {form!r} also used by endorser #{all_forms[k] + 1}")
            all_forms[k] = i

    names_keys = {}
    for i, e in enumerate(endorsers):
        for form in [e.get("name", "")] + list(e.get("alt_names", [])):
            names_keys[key(form)] = i
    for e in endorsers:
        p = e.get("parent")
        if p is not None and key(p) not in names_keys and not e.get("parent_not_in_list"):
            err(f"endorser {e.get('name')!r}: parent {p!r} is not an endorser (set parent_not_in_list)")

    for ne in d.get("non_endorsers_mentioned", []):
        must_be_in_text(ne, "non_endorser")
        if key(ne) in names_keys:
            err(f"non_endorser {ne!r} is also an endorser")

    # text order (warning): each endorser should occur after the previous one
    pos = 0
    for e in endorsers:
        forms = [e["name"]] + list(e.get("alt_names", []))
        found = [text.find(collapse(f), pos) for f in forms if collapse(f) in text]
        found = [p for p in found if p >= 0]
        if not found:
            warn(f"endorser {e['name']!r} not found after the previous endorser (order?)")
        else:
            pos = min(found)

    n = len(endorsers)
    if not 15 <= n <= 35:
        err(f"{n} endorsers (expected 15..35)")
    if d.get("stated_count") is not None and d["stated_count"] < n and not d.get("stated_count_note"):
        warn(f"stated_count {d['stated_count']} < annotated endorsers {n}")
    return d, raw


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    errors, warnings = [], []
    txts = sorted(glob.glob(os.path.join(folder, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(folder, "*.json")))
    txt_stems = {os.path.basename(p)[:-4] for p in txts}
    json_stems = {os.path.basename(p)[:-5] for p in jsons}
    for s in sorted(txt_stems - json_stems):
        errors.append(f"{s}: .txt without .json")
    for s in sorted(json_stems - txt_stems):
        errors.append(f"{s}: .json without .txt")

    rows = []
    langs, scripts = {}, set()
    tot_o = tot_i = 0
    for stem in sorted(txt_stems & json_stems):
        res = check_file(os.path.join(folder, stem + ".json"), os.path.join(folder, stem + ".txt"),
                         errors, warnings)
        if res is None:
            continue
        d, raw = res
        o = sum(1 for e in d.get("endorsers", []) if e.get("kind") == "organization")
        i = sum(1 for e in d.get("endorsers", []) if e.get("kind") == "individual")
        tot_o += o
        tot_i += i
        langs[d.get("language")] = langs.get(d.get("language"), 0) + 1
        for name, rx in SCRIPTS.items():
            if len(rx.findall(raw)) > 50:
                scripts.add(name)
        rows.append((stem, d.get("language"), o, i, len(d.get("non_endorsers_mentioned", []))))

    print(f"{'file':<52} lang  org  ind  total  non-end")
    for stem, lang, o, i, ne in rows:
        print(f"{stem:<52} {lang:<4} {o:>4} {i:>4} {o + i:>6} {ne:>8}")
    print(f"TOTAL {len(rows)} files: {tot_o + tot_i} endorsers ({tot_o} organisations, {tot_i} individuals)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("scripts:", ", ".join(sorted(scripts)))
    print("country codes checked with", CODE_SOURCE)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
