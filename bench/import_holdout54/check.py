#!/usr/bin/env python3
"""Internal-consistency check for held-out set 54 (standard library only).

Usage: python check.py [folder]   (default: the folder this file is in)
Prints one line per problem and exits 1 if there is any; prints a summary and
exits 0 otherwise.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

SET_ID = "54"
N_DOCS = 14
MIN_LANGS = 9
MIN_END, MAX_END = 12, 35

ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
assert len(ISO_ALPHA2) == 249

NAME_RE = re.compile(r"^" + SET_ID + r"-([a-z]{2})-([A-Z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")

DOC_FIELDS = {
    "id": (str,), "file": (str,), "source": (dict,), "title": (str, type(None)),
    "date": (str, type(None)), "date_note": (str,), "language": (str,),
    "issuer": (str, type(None)), "endorsers": (list,), "endorsers_complete": (bool,),
    "text_truncated": (bool,), "source_names_subset": (bool,),
    "stated_count": (int, type(None)), "implied_countries_all": (list, type(None)),
    "implied_affiliation_all": (str, type(None)), "non_endorsers_mentioned": (list,),
    "topic": (str,), "list_format": (str,), "notes": (list,),
}
END_FIELDS = {
    "name": (str,), "alt_names": (list,), "kind": (str,), "countries": (list,),
    "country_codes": (list,), "affiliation": (str, type(None)), "parent": (str, type(None)),
}
OPT_END_FIELDS = {
    "honorific": (str,), "descriptor": (str,), "region": (str,), "comment": (str,),
    "note": (str,), "normalized_name": (bool,), "country_from_name": (bool,),
    "parent_not_in_list": (bool,), "truncated_entry": (bool,),
    "countries_literal_reading": (list,), "parent_literal_reading": (str, type(None)),
}


def squash(s):
    """Collapse all whitespace runs (line breaks from PDFs and e-mails) to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm(s):
    """Scoring normalisation: NFC, case-folded, spaces collapsed, surrounding punctuation stripped."""
    s = squash(s).casefold()
    def edge(c):
        return c.isspace() or unicodedata.category(c)[0] in "PS"
    i, j = 0, len(s)
    while i < j and edge(s[i]):
        i += 1
    while j > i and edge(s[j - 1]):
        j -= 1
    return s[i:j]


def isbool(v):
    return isinstance(v, bool)


def typed(v, types):
    if isbool(v) and bool not in types:
        return False
    return isinstance(v, types)


def check_doc(folder, stem, problems):
    P = lambda msg: problems.append(f"{stem}: {msg}")
    m = NAME_RE.match(stem)
    if not m:
        P("file name does not match 54-LANG-CC-slug")
        return None
    lang, cc = m.groups()
    if cc not in ISO_ALPHA2:
        P(f"country code in file name {cc!r} is not ISO 3166-1 alpha-2")
    with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    text = squash(raw)
    try:
        with open(os.path.join(folder, stem + ".json"), encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        P(f"cannot read JSON: {e}")
        return None

    for k, types in DOC_FIELDS.items():
        if k not in d:
            P(f"missing field {k!r}")
        elif not typed(d[k], types):
            P(f"field {k!r} has type {type(d[k]).__name__}")
    if problems and problems[-1].startswith(f"{stem}: missing"):
        return None
    if d["id"] != stem:
        P(f"id {d['id']!r} != file stem")
    if d["file"] != stem + ".txt":
        P(f"file {d['file']!r} != {stem}.txt")
    if d["language"] != lang:
        P(f"language {d['language']!r} != {lang!r} from the file name")
    if not {"url", "title"} <= set(d["source"]):
        P("source needs url and title")

    def present(s, what):
        if not isinstance(s, str) or not s.strip():
            P(f"{what}: empty or not a string")
            return False
        if squash(s) not in text:
            P(f"{what} {s!r} not found verbatim in the text")
            return False
        return True

    if d["title"] is not None:
        present(d["title"], "title")
    if d["issuer"] is not None:
        present(d["issuer"], "issuer")
    if d["date"] is not None:
        try:
            if datetime.date.fromisoformat(d["date"]).isoformat() != d["date"]:
                raise ValueError
        except ValueError:
            P(f"date {d['date']!r} is not an ISO date YYYY-MM-DD")
    if d["stated_count"] is not None and d["stated_count"] <= 0:
        P("stated_count must be positive")
    if d["stated_count"] is not None and not d["source_names_subset"] and d["stated_count"] != len(d["endorsers"]):
        P(f"stated_count {d['stated_count']} != {len(d['endorsers'])} endorsers although source_names_subset is false")

    ends = d["endorsers"]
    if not (MIN_END <= len(ends) <= MAX_END):
        P(f"{len(ends)} endorsers (need {MIN_END}-{MAX_END})")
    names_in_list = {squash(e.get("name", "")) for e in ends if isinstance(e, dict)}
    seen = {}
    pos = 0
    for i, e in enumerate(ends, 1):
        tag = f"endorser {i}"
        if not isinstance(e, dict):
            P(f"{tag} is not an object")
            continue
        bad = False
        for k, types in END_FIELDS.items():
            if k not in e:
                P(f"{tag}: missing field {k!r}")
                bad = True
            elif not typed(e[k], types):
                P(f"{tag}: field {k!r} has type {type(e[k]).__name__}")
                bad = True
        for k, v in e.items():
            if k in END_FIELDS:
                continue
            if k not in OPT_END_FIELDS:
                P(f"{tag}: unknown field {k!r}")
            elif not typed(v, OPT_END_FIELDS[k]):
                P(f"{tag}: field {k!r} has type {type(v).__name__}")
        if bad:
            continue
        tag = f"endorser {i} {e['name']!r}"
        if e["kind"] not in ("organization", "individual"):
            P(f"{tag}: kind {e['kind']!r}")
        if any(not isinstance(a, str) for a in e["alt_names"]):
            P(f"{tag}: alt_names must be strings")
            continue
        # name / written forms
        if e.get("normalized_name"):
            if not e["alt_names"]:
                P(f"{tag}: normalized_name but no written form in alt_names")
            if squash(e["name"]) in text:
                pass  # natural order may also occur; fine
            written = [a for a in e["alt_names"] if squash(a) in text]
            if not written:
                P(f"{tag}: no alt name (written form) found in the text")
            forms = written
        else:
            present(e["name"], f"{tag} name")
            forms = [e["name"]]
        for a in e["alt_names"]:
            present(a, f"{tag} alt name")
        if e["name"] != e["name"].strip():
            P(f"{tag}: name has surrounding spaces")
        if e.get("honorific"):
            present(e["honorific"], f"{tag} honorific")
            if e["name"].startswith(e["honorific"] + " "):
                P(f"{tag}: honorific not removed from name")
        if e.get("region"):
            present(e["region"], f"{tag} region")
        # order: the first written form found at or after the previous endorser
        hits = [text.find(squash(fm), pos) for fm in forms]
        hits = [h for h in hits if h >= 0]
        if not hits:
            P(f"{tag}: not found after the previous endorser (text order)")
        else:
            pos = min(hits)
        # kind-specific fields
        if e["kind"] == "organization":
            if e["affiliation"] is not None:
                P(f"{tag}: organisation with an affiliation")
            if e.get("honorific"):
                P(f"{tag}: organisation with an honorific")
        else:
            if e["parent"] is not None:
                P(f"{tag}: individual with a parent")
            if e.get("parent_not_in_list"):
                P(f"{tag}: individual with parent_not_in_list")
        if e["affiliation"] is not None:
            present(e["affiliation"], f"{tag} affiliation")
        if e["parent"] is not None:
            present(e["parent"], f"{tag} parent")
            in_list = squash(e["parent"]) in names_in_list
            if in_list and e.get("parent_not_in_list"):
                P(f"{tag}: parent signs but parent_not_in_list is set")
            if not in_list and not e.get("parent_not_in_list"):
                P(f"{tag}: parent not among the endorsers but parent_not_in_list is not true")
            if squash(e["parent"]) == squash(e["name"]):
                P(f"{tag}: is its own parent")
        elif e.get("parent_not_in_list"):
            P(f"{tag}: parent_not_in_list without a parent")
        # countries
        if len(e["countries"]) != len(e["country_codes"]):
            P(f"{tag}: {len(e['countries'])} countries but {len(e['country_codes'])} codes")
        for c in e["countries"]:
            present(c, f"{tag} country")
        for c in e["country_codes"]:
            if c not in ISO_ALPHA2:
                P(f"{tag}: country code {c!r} is not ISO 3166-1 alpha-2")
        if e.get("country_from_name"):
            if not e["countries"]:
                P(f"{tag}: country_from_name without countries")
            for c in e["countries"]:
                if squash(c) not in squash(e["name"]):
                    P(f"{tag}: country_from_name but {c!r} is not in the name")
        # uniqueness of normalised names across endorsers
        for fm in [e["name"]] + e["alt_names"]:
            k = norm(fm)
            if not k:
                P(f"{tag}: empty normalised form {fm!r}")
            elif k in seen and seen[k] != i:
                P(f"{tag}: normalised name {k!r} shared with endorser {seen[k]}")
            else:
                seen[k] = i

    for ne in d["non_endorsers_mentioned"]:
        if not isinstance(ne, str):
            P("non_endorsers_mentioned must hold strings")
            continue
        present(ne, "non-endorser")
        if norm(ne) in seen:
            P(f"non-endorser {ne!r} equals endorser {seen[norm(ne)]}")
    if len(set(map(norm, d["non_endorsers_mentioned"]))) != len(d["non_endorsers_mentioned"]):
        P("duplicate non-endorsers")
    if not d["non_endorsers_mentioned"]:
        P("no non-endorsers listed")
    return d


def check_readme(folder, docs, problems):
    path = os.path.join(folder, "README.md")
    if not os.path.exists(path):
        problems.append("README.md missing")
        return
    with open(path, encoding="utf-8") as f:
        readme = f.read()
    if not readme.startswith("# Held-out set " + SET_ID + ": "):
        problems.append("README.md must start with '# Held-out set 54: '")
    for sec in ("## Provenance", "## Conventions", "## Files"):
        if sec not in readme:
            problems.append(f"README.md lacks {sec}")
    last = readme.rstrip("\n").splitlines()[-1] if readme.strip() else ""
    if last != "Run with: python bench/import_accuracy.py bench/import_holdout54":
        problems.append("README.md must end with the 'Run with:' line")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and line.lstrip().startswith("|"):
            rows[cells[0].replace("*", "").strip("` ")] = cells
    tot_o = tot_i = 0
    for stem, d in docs.items():
        cells = rows.get(stem + ".txt")
        n_o = sum(e.get("kind") == "organization" for e in d["endorsers"])
        n_i = sum(e.get("kind") == "individual" for e in d["endorsers"])
        tot_o += n_o
        tot_i += n_i
        if not cells:
            problems.append(f"README.md Files table has no row for {stem}.txt")
            continue
        if cells[1] != d["language"]:
            problems.append(f"README.md row {stem}: lang {cells[1]!r}")
        if cells[2].replace(" ", "") != f"{n_o}/{n_i}":
            problems.append(f"README.md row {stem}: endorsers {cells[2]!r}, expected {n_o}/{n_i}")
    total = [c for k, c in rows.items() if k.lower().startswith("total")]
    if not total:
        problems.append("README.md Files table has no total row")
    elif total[0][2].replace(" ", "") != f"{tot_o}/{tot_i}":
        problems.append(f"README.md total row {total[0][2]!r}, expected {tot_o}/{tot_i}")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems = []
    files = os.listdir(folder)
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    js = {f[:-5] for f in files if f.endswith(".json")}
    for s in sorted(txt - js):
        problems.append(f"{s}.txt has no .json")
    for s in sorted(js - txt):
        problems.append(f"{s}.json has no .txt")
    docs = {}
    for stem in sorted(txt & js):
        d = check_doc(folder, stem, problems)
        if d is not None:
            docs[stem] = d
    if len(txt) != N_DOCS:
        problems.append(f"{len(txt)} documents, expected {N_DOCS}")
    langs = {NAME_RE.match(s).group(1) for s in txt if NAME_RE.match(s)}
    if len(langs) < MIN_LANGS:
        problems.append(f"only {len(langs)} languages, need at least {MIN_LANGS}")
    check_readme(folder, docs, problems)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    n = sum(len(d["endorsers"]) for d in docs.values())
    n_o = sum(e["kind"] == "organization" for d in docs.values() for e in d["endorsers"])
    n_ne = sum(len(d["non_endorsers_mentioned"]) for d in docs.values())
    print(f"OK: {len(docs)} documents, {len(langs)} languages ({', '.join(sorted(langs))}), "
          f"{n} endorsers ({n_o} organisations, {n - n_o} individuals), {n_ne} non-endorsers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
