#!/usr/bin/env python3
"""Internal consistency check for held-out set 56 (standard library only).

Run inside this folder:  python check.py
Exits 0 when every check passes, otherwise prints every problem and exits 1.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS = 14
MIN_ENDORSERS, MAX_ENDORSERS = 12, 35
MIN_LANGUAGES = 9
ALLOWED_EXTRA = {"README.md", "check.py"}

# ISO 3166-1 alpha-2 (249 officially assigned codes)
ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

# ISO 639-1 codes accepted for the LANG part of a file name
ISO639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu
ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so
sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

NAME_RE = re.compile(r"^56-([a-z]{2})-([A-Z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")

DOC_FIELDS = {
    "title": (str, type(None)),
    "date": (str, type(None)),
    "date_note": (str,),
    "language": (str,),
    "issuer": (str, type(None)),
    "endorsers": (list,),
    "endorsers_complete": (bool,),
    "text_truncated": (bool,),
    "source_names_subset": (bool,),
    "stated_count": (int, type(None)),
    "non_endorsers_mentioned": (list,),
    "source": (dict,),
}
END_FIELDS = {
    "name": (str,),
    "alt_names": (list,),
    "kind": (str,),
    "countries": (list,),
    "country_codes": (list,),
    "affiliation": (str, type(None)),
    "parent": (str, type(None)),
}
END_OPTIONAL = {
    "normalized_name": (bool,),
    "country_from_name": (bool,),
    "parent_not_in_list": (bool,),
    "truncated_entry": (bool,),
    "honorific": (str,),
    "descriptor": (str,),
    "region": (str,),
    "comment": (str,),
    "note": (str,),
    "countries_literal_reading": (list,),
    "parent_literal_reading": (str, type(None)),
}


def norm(s):
    """Scoring normalisation: NFC, case-folded, spaces collapsed, surrounding punctuation stripped."""
    s = unicodedata.normalize("NFC", s).casefold()
    s = " ".join(s.split())

    def edge(ch):
        return ch.isspace() or unicodedata.category(ch)[0] in "PS"

    i, j = 0, len(s)
    while i < j and edge(s[i]):
        i += 1
    while j > i and edge(s[j - 1]):
        j -= 1
    return s[i:j]


def type_ok(value, types):
    if bool not in types and isinstance(value, bool):
        return False
    return isinstance(value, types)


def main():
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    entries = sorted(os.listdir(HERE))
    txts = {f[:-4] for f in entries if f.endswith(".txt")}
    jsons = {f[:-5] for f in entries if f.endswith(".json")}
    for f in entries:
        if f in ALLOWED_EXTRA or f.endswith(".txt") or f.endswith(".json"):
            continue
        if f == "__pycache__":
            continue
        bad(f, "unexpected file or folder in the set")
    for stem in sorted(txts - jsons):
        bad(stem + ".txt", "has no .json annotation")
    for stem in sorted(jsons - txts):
        bad(stem + ".json", "has no .txt text")
    stems = sorted(txts & jsons)
    if len(txts | jsons) != N_DOCS:
        bad("set", f"expected exactly {N_DOCS} documents, found {len(txts | jsons)}")

    languages = set()
    for stem in stems:
        where = stem
        m = NAME_RE.match(stem)
        if not m:
            bad(where, "file name does not match 56-LANG-CC-slug (lower-case ascii slug)")
            continue
        lang, cc = m.group(1), m.group(2)
        if lang not in ISO639_1:
            bad(where, f"LANG {lang!r} is not an ISO 639-1 code")
        if cc not in ISO3166:
            bad(where, f"CC {cc!r} is not an ISO 3166-1 alpha-2 code")
        with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as exc:
            bad(where, f"cannot read JSON: {exc}")
            continue
        if not isinstance(doc, dict):
            bad(where, "JSON top level is not an object")
            continue
        ntext = unicodedata.normalize("NFC", text)

        def verbatim(s):
            return isinstance(s, str) and s != "" and unicodedata.normalize("NFC", s) in ntext

        # ---- document fields
        type_errors = False
        for key, types in DOC_FIELDS.items():
            if key not in doc:
                bad(where, f"missing field {key!r}")
                type_errors = True
            elif not type_ok(doc[key], types):
                bad(where, f"field {key!r} has type {type(doc[key]).__name__}")
                type_errors = True
        if type_errors:
            continue
        if doc.get("file") not in (None, stem + ".txt"):
            bad(where, f"field 'file' is {doc['file']!r}, expected {stem + '.txt'!r}")
        if not isinstance(doc["source"].get("type"), str) or not doc["source"]["type"].strip():
            bad(where, "source.type missing or empty")
        if doc["language"] != lang:
            bad(where, f"language {doc['language']!r} differs from file name LANG {lang!r}")
        languages.add(doc["language"])
        if doc["date"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"]):
                bad(where, f"date {doc['date']!r} is not YYYY-MM-DD")
            else:
                try:
                    datetime.date.fromisoformat(doc["date"])
                except ValueError:
                    bad(where, f"date {doc['date']!r} is not a valid date")
        if not doc["date_note"].strip():
            bad(where, "date_note is empty")
        if doc["stated_count"] is not None and doc["stated_count"] <= 0:
            bad(where, "stated_count must be positive")
        if doc["title"] is not None and not verbatim(doc["title"]):
            bad(where, f"title not found verbatim: {doc['title']!r}")
        if doc["issuer"] is not None and not verbatim(doc["issuer"]):
            bad(where, f"issuer not found verbatim: {doc['issuer']!r}")

        ends = doc["endorsers"]
        if not (MIN_ENDORSERS <= len(ends) <= MAX_ENDORSERS):
            bad(where, f"{len(ends)} endorsers, expected {MIN_ENDORSERS}-{MAX_ENDORSERS}")
        if doc["stated_count"] is not None and doc["stated_count"] < len(ends):
            bad(where, "stated_count is smaller than the number of annotated endorsers")

        # ---- endorser fields
        keysets = []
        valid = []
        for i, e in enumerate(ends):
            ew = f"{where} endorser #{i + 1}"
            if not isinstance(e, dict):
                bad(ew, "not an object")
                continue
            ok = True
            for key, types in END_FIELDS.items():
                if key not in e:
                    bad(ew, f"missing field {key!r}")
                    ok = False
                elif not type_ok(e[key], types):
                    bad(ew, f"field {key!r} has type {type(e[key]).__name__}")
                    ok = False
            for key, types in END_OPTIONAL.items():
                if key in e and not type_ok(e[key], types):
                    bad(ew, f"optional field {key!r} has type {type(e[key]).__name__}")
                    ok = False
            for key in e:
                if key not in END_FIELDS and key not in END_OPTIONAL:
                    bad(ew, f"unknown field {key!r}")
            if not ok:
                continue
            ew = f"{where} endorser #{i + 1} ({e['name']})"
            for lst in ("alt_names", "countries", "country_codes"):
                if not all(isinstance(x, str) and x for x in e[lst]):
                    bad(ew, f"{lst} must hold non-empty strings")
                    ok = False
            if not ok:
                continue
            valid.append((i, e, ew))
            if e["kind"] not in ("organization", "individual"):
                bad(ew, f"kind {e['kind']!r} invalid")
            if e.get("normalized_name"):
                if not e["alt_names"] or not any(verbatim(a) for a in e["alt_names"]):
                    bad(ew, "normalized_name set but no written form among alt_names is in the text")
            elif not verbatim(e["name"]):
                bad(ew, "name not found verbatim in the text")
            for a in e["alt_names"]:
                if not verbatim(a):
                    bad(ew, f"alt name not found verbatim: {a!r}")
                if norm(a) == norm(e["name"]):
                    bad(ew, f"alt name repeats the name: {a!r}")
            if e["affiliation"] is not None and not verbatim(e["affiliation"]):
                bad(ew, f"affiliation not found verbatim: {e['affiliation']!r}")
            if e["parent"] is not None and not verbatim(e["parent"]):
                bad(ew, f"parent not found verbatim: {e['parent']!r}")
            for c in e["countries"]:
                if not verbatim(c):
                    bad(ew, f"country not found verbatim: {c!r}")
            for key in ("honorific", "region"):
                if key in e and not verbatim(e[key]):
                    bad(ew, f"{key} not found verbatim: {e[key]!r}")
            if "honorific" in e and norm(e["name"]).startswith(norm(e["honorific"]) + " "):
                bad(ew, "name still starts with its honorific")
            if len(e["countries"]) != len(e["country_codes"]):
                bad(ew, "countries and country_codes differ in length")
            for code in e["country_codes"]:
                if code not in ISO3166:
                    bad(ew, f"country code {code!r} is not ISO 3166-1 alpha-2")
            if e.get("country_from_name"):
                if not any(c in e["name"] or any(c in a for a in e["alt_names"]) for c in e["countries"]):
                    bad(ew, "country_from_name set but no country is part of the name")
            if e["kind"] == "organization" and e["affiliation"] is not None:
                bad(ew, "organisation with an affiliation")
            if e["kind"] == "individual" and e["parent"] is not None:
                bad(ew, "individual with a parent")
            if e["kind"] == "individual" and e.get("parent_not_in_list"):
                bad(ew, "individual with parent_not_in_list")
            keysets.append((ew, {norm(e["name"])} | {norm(a) for a in e["alt_names"]}))

        # ---- parent_not_in_list
        all_keys = set()
        for _, ks in keysets:
            all_keys |= ks
        for i, e, ew in valid:
            if e["kind"] != "organization":
                continue
            expected = e["parent"] is not None and norm(e["parent"]) not in all_keys
            if bool(e.get("parent_not_in_list")) != expected:
                bad(ew, f"parent_not_in_list should be {expected}")
            if e["parent"] is not None and norm(e["parent"]) in {norm(e["name"])} | {norm(a) for a in e["alt_names"]}:
                bad(ew, "entry is its own parent")

        # ---- no shared normalised names
        for a in range(len(keysets)):
            for b in range(a + 1, len(keysets)):
                shared = keysets[a][1] & keysets[b][1]
                if shared:
                    bad(where, f"normalised name(s) {sorted(shared)} shared by {keysets[a][0]} and {keysets[b][0]}")

        # ---- text order
        pos = 0
        for i, e, ew in valid:
            forms = ([] if e.get("normalized_name") else [e["name"]]) + list(e["alt_names"])
            hits = [ntext.find(unicodedata.normalize("NFC", f), pos) for f in forms if f]
            hits = [h for h in hits if h >= 0]
            if not hits:
                bad(ew, "not found in the text after the previous endorser (text order)")
                continue
            pos = min(hits) + 1

        # ---- non-endorsers
        if not all(isinstance(x, str) and x for x in doc["non_endorsers_mentioned"]):
            bad(where, "non_endorsers_mentioned must hold non-empty strings")
        else:
            seen = set()
            for ne in doc["non_endorsers_mentioned"]:
                if not verbatim(ne):
                    bad(where, f"non-endorser not found verbatim: {ne!r}")
                if norm(ne) in all_keys:
                    bad(where, f"non-endorser is also an endorser name: {ne!r}")
                if norm(ne) in seen:
                    bad(where, f"non-endorser listed twice: {ne!r}")
                seen.add(norm(ne))

    if len(languages) < MIN_LANGUAGES:
        bad("set", f"only {len(languages)} languages ({', '.join(sorted(languages))}), expected at least {MIN_LANGUAGES}")

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" - " + p)
        return 1
    n = 0
    for stem in stems:
        with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as fh:
            n += len(json.load(fh)["endorsers"])
    print(f"OK: {len(stems)} documents, {len(languages)} languages, {n} endorsers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
