#!/usr/bin/env python3
"""Internal consistency check for held-out set 57 (standard library only).

Run inside this folder:  python check.py
Exits 0 when every check passes, 1 after listing every problem found.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED_DOCS = 14
MIN_ENDORSERS, MAX_ENDORSERS = 12, 35
MIN_LANGUAGES = 9

# ISO 3166-1 alpha-2 (all 249 officially assigned codes)
ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

# ISO 639-1 language codes
ISO639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co
cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl
gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg
ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk
ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps
pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta
te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za
zh zu
""".split())

STEM_RE = re.compile(r"^57-([a-z]{2})-([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_OTHER = {"README.md", "check.py", "__pycache__"}

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
ENDORSER_FIELDS = {
    "name": (str,),
    "alt_names": (list,),
    "kind": (str,),
    "countries": (list,),
    "country_codes": (list,),
    "affiliation": (str, type(None)),
    "parent": (str, type(None)),
}
OPTIONAL_BOOL = ("parent_not_in_list", "country_from_name", "normalized_name", "truncated_entry")
OPTIONAL_STR = ("honorific", "descriptor", "region", "comment", "note",
                "countries_literal_reading", "parent_literal_reading")


def collapse(s):
    """NFC and all whitespace runs (line breaks included) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm_name(s):
    """Scoring normalisation: NFC, casefold, spaces collapsed, surrounding punctuation stripped."""
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    i, j = 0, len(s)
    while i < j and (unicodedata.category(s[i])[0] == "P" or s[i].isspace()):
        i += 1
    while j > i and (unicodedata.category(s[j - 1])[0] == "P" or s[j - 1].isspace()):
        j -= 1
    return s[i:j]


def check_doc(stem, problems):
    """Check one document pair; return its language (or None)."""
    def err(msg):
        problems.append(f"{stem}: {msg}")

    with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    text = collapse(raw)
    try:
        with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as exc:
        err(f"cannot read JSON: {exc}")
        return None
    if not isinstance(doc, dict):
        err("JSON top level is not an object")
        return None

    def in_text(s):
        return collapse(s) in text

    # file name
    m = STEM_RE.match(stem)
    if not m:
        err("file name does not match 57-LANG-CC-slug")
    else:
        lang, cc = m.groups()
        if lang not in ISO639_1:
            err(f"LANG '{lang}' in file name is not an ISO 639-1 code")
        if lang != doc.get("language"):
            err(f"LANG '{lang}' in file name differs from language field {doc.get('language')!r}")
        if cc.upper() not in ISO3166:
            err(f"CC '{cc}' in file name is not an ISO 3166-1 alpha-2 code")
    if "id" in doc and doc["id"] != stem:
        err(f"id {doc['id']!r} differs from file stem")
    if "file" in doc and doc["file"] != stem + ".txt":
        err(f"file {doc['file']!r} differs from {stem}.txt")

    # document fields
    for key, types in DOC_FIELDS.items():
        if key not in doc:
            err(f"missing field '{key}'")
        elif not isinstance(doc[key], types) or (type(doc[key]) is bool and bool not in types):
            err(f"field '{key}' has type {type(doc[key]).__name__}")
    if isinstance(doc.get("source"), dict):
        if not isinstance(doc["source"].get("type"), str) or not doc["source"]["type"].strip():
            err("source.type missing or empty")
    if isinstance(doc.get("language"), str) and doc["language"] not in ISO639_1:
        err(f"language {doc['language']!r} is not an ISO 639-1 code")

    # date
    date = doc.get("date")
    if isinstance(date, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            err(f"date {date!r} is not YYYY-MM-DD")
        else:
            try:
                datetime.date.fromisoformat(date)
            except ValueError:
                err(f"date {date!r} is not a valid date")
    if not isinstance(doc.get("date_note"), str) or not doc.get("date_note", "").strip():
        err("date_note missing or empty")

    # title / issuer verbatim
    for key in ("title", "issuer"):
        v = doc.get(key)
        if isinstance(v, str):
            if not v.strip():
                err(f"{key} is an empty string (use null)")
            elif not in_text(v):
                err(f"{key} not found verbatim in text: {v!r}")

    endorsers = doc.get("endorsers") if isinstance(doc.get("endorsers"), list) else []
    n = len(endorsers)
    if not MIN_ENDORSERS <= n <= MAX_ENDORSERS:
        err(f"{n} endorsers (expected {MIN_ENDORSERS}-{MAX_ENDORSERS})")

    # counts and flags
    sc = doc.get("stated_count")
    if isinstance(sc, bool):
        err("stated_count is a boolean")
    elif isinstance(sc, int) and sc < n:
        err(f"stated_count {sc} is smaller than the {n} annotated endorsers")
    if doc.get("source_names_subset") is True and doc.get("endorsers_complete") is True:
        err("source_names_subset true but endorsers_complete true")

    # all normalised forms per endorser
    forms_by_idx = []
    for e in endorsers:
        forms = set()
        if isinstance(e, dict):
            if isinstance(e.get("name"), str):
                forms.add(norm_name(e["name"]))
            for a in e.get("alt_names") or []:
                if isinstance(a, str):
                    forms.add(norm_name(a))
        forms.discard("")
        forms_by_idx.append(forms)
    all_forms = set().union(*forms_by_idx) if forms_by_idx else set()

    # uniqueness of normalised names across endorsers
    seen = {}
    for i, forms in enumerate(forms_by_idx):
        for f in forms:
            if f in seen and seen[f] != i:
                err(f"normalised name {f!r} shared by endorsers #{seen[f] + 1} and #{i + 1}")
            seen.setdefault(f, i)

    prev = 0
    for i, e in enumerate(endorsers):
        tag = f"endorser #{i + 1}"
        if not isinstance(e, dict):
            err(f"{tag} is not an object")
            continue
        tag += f" {e.get('name')!r}"
        for key, types in ENDORSER_FIELDS.items():
            if key not in e:
                err(f"{tag}: missing field '{key}'")
            elif not isinstance(e[key], types):
                err(f"{tag}: field '{key}' has type {type(e[key]).__name__}")
        for key in OPTIONAL_BOOL:
            if key in e and not isinstance(e[key], bool):
                err(f"{tag}: '{key}' is not a boolean")
        for key in OPTIONAL_STR:
            if key in e and not isinstance(e[key], str):
                err(f"{tag}: '{key}' is not a string")
        name = e.get("name") if isinstance(e.get("name"), str) else ""
        alts = [a for a in (e.get("alt_names") or []) if isinstance(a, str)]
        if len(alts) != len(e.get("alt_names") or []):
            err(f"{tag}: alt_names holds a non-string")
        if not name.strip():
            err(f"{tag}: empty name")
        kind = e.get("kind")
        if kind not in ("organization", "individual"):
            err(f"{tag}: kind {kind!r} is not organization/individual")

        # verbatim name / alt names
        if e.get("normalized_name"):
            if not alts:
                err(f"{tag}: normalized_name without a written form in alt_names")
            elif not any(in_text(a) for a in alts):
                err(f"{tag}: no written form among alt_names found in text")
        elif name and not in_text(name):
            err(f"{tag}: name not found verbatim in text")
        for a in alts:
            if not in_text(a):
                err(f"{tag}: alt name not found verbatim in text: {a!r}")
            if collapse(a) == collapse(name):
                err(f"{tag}: alt name repeats the name")

        # text order
        written = [name] + alts if not e.get("normalized_name") else alts
        positions = [text.find(collapse(w), prev) for w in written if w.strip()]
        positions = [p for p in positions if p >= 0]
        if not positions:
            err(f"{tag}: not found in text after the previous endorser (text order)")
        else:
            prev = min(positions) + 1

        # affiliation / parent by kind
        aff, parent = e.get("affiliation"), e.get("parent")
        if kind == "organization" and aff is not None:
            err(f"{tag}: organisation with an affiliation")
        if kind == "individual" and parent is not None:
            err(f"{tag}: individual with a parent")
        if isinstance(aff, str) and not in_text(aff):
            err(f"{tag}: affiliation not found verbatim in text: {aff!r}")
        pnil = e.get("parent_not_in_list") is True
        if isinstance(parent, str):
            if not in_text(parent):
                err(f"{tag}: parent not found verbatim in text: {parent!r}")
            in_list = norm_name(parent) in all_forms
            if norm_name(parent) in forms_by_idx[i]:
                err(f"{tag}: parent is the endorser itself")
            if pnil and in_list:
                err(f"{tag}: parent_not_in_list true but the parent is a signatory")
            if not pnil and not in_list:
                err(f"{tag}: parent is not a signatory but parent_not_in_list is not true")
        elif pnil:
            err(f"{tag}: parent_not_in_list without a parent")

        # countries
        countries = e.get("countries") if isinstance(e.get("countries"), list) else []
        codes = e.get("country_codes") if isinstance(e.get("country_codes"), list) else []
        if len(countries) != len(codes):
            err(f"{tag}: {len(countries)} countries but {len(codes)} country codes")
        for c in countries:
            if not isinstance(c, str) or not in_text(c):
                err(f"{tag}: country not found verbatim in text: {c!r}")
        for c in codes:
            if not isinstance(c, str) or c not in ISO3166:
                err(f"{tag}: invalid ISO 3166-1 alpha-2 code {c!r}")
        if e.get("country_from_name"):
            if not countries:
                err(f"{tag}: country_from_name without countries")
            own = " | ".join(collapse(x).casefold() for x in [name] + alts)
            for c in countries:
                if isinstance(c, str) and collapse(c).casefold() not in own:
                    err(f"{tag}: country_from_name but {c!r} is not in the name")
        for key in ("region", "honorific"):
            if isinstance(e.get(key), str) and not in_text(e[key]):
                err(f"{tag}: {key} not found verbatim in text: {e[key]!r}")

    # non-endorsers
    ne = doc.get("non_endorsers_mentioned") if isinstance(doc.get("non_endorsers_mentioned"), list) else []
    for x in ne:
        if not isinstance(x, str) or not x.strip():
            err(f"non-endorser {x!r} is not a non-empty string")
            continue
        if not in_text(x):
            err(f"non-endorser not found verbatim in text: {x!r}")
        if norm_name(x) in all_forms:
            err(f"non-endorser is also an endorser name: {x!r}")
    if len({norm_name(x) for x in ne if isinstance(x, str)}) != len(ne):
        err("duplicate entries in non_endorsers_mentioned")

    return doc.get("language") if isinstance(doc.get("language"), str) else None


def main():
    problems = []
    names = sorted(os.listdir(HERE))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    js = {n[:-5] for n in names if n.endswith(".json")}
    for n in names:
        if n in ALLOWED_OTHER or n.endswith(".txt") or n.endswith(".json"):
            continue
        problems.append(f"unexpected file: {n}")
    for s in sorted(txt - js):
        problems.append(f"{s}.txt has no .json")
    for s in sorted(js - txt):
        problems.append(f"{s}.json has no .txt")
    stems = sorted(txt & js)
    if len(txt | js) != EXPECTED_DOCS:
        problems.append(f"{len(txt | js)} documents (expected {EXPECTED_DOCS})")

    languages = set()
    total = {"organization": 0, "individual": 0}
    for stem in stems:
        lang = check_doc(stem, problems)
        if lang:
            languages.add(lang)
        try:
            with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as f:
                for e in json.load(f).get("endorsers", []):
                    if isinstance(e, dict) and e.get("kind") in total:
                        total[e["kind"]] += 1
        except (OSError, ValueError, AttributeError):
            pass
    if len(languages) < MIN_LANGUAGES:
        problems.append(f"only {len(languages)} languages ({', '.join(sorted(languages))}); need at least {MIN_LANGUAGES}")

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print(f"OK: {len(stems)} documents, {len(languages)} languages ({', '.join(sorted(languages))}), "
          f"{total['organization'] + total['individual']} endorsers "
          f"({total['organization']} organisations, {total['individual']} individuals)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
