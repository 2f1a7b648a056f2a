#!/usr/bin/env python3
"""Internal consistency check for held-out set 52.

Run from this folder:  python check.py
Prints one line per document and a summary; exits 1 if any problem is found.
Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "52"
FILE_RE = re.compile(r"^52-([a-z]{2})-([a-z]{2})-[a-z0-9-]+\.txt$")
MIN_ENDORSERS, MAX_ENDORSERS = 12, 35

# ISO 3166-1 alpha-2 (officially assigned codes)
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
""".split())

# English country names used in the annotations -> alpha-2
COUNTRY_CODES = {
    "Algeria": "DZ", "Argentina": "AR", "Australia": "AU", "Austria": "AT", "Belgium": "BE",
    "Brazil": "BR", "Bulgaria": "BG", "Canada": "CA", "Chile": "CL", "Cyprus": "CY", "Czechia": "CZ",
    "France": "FR", "Germany": "DE", "Greece": "GR", "Hungary": "HU", "Indonesia": "ID", "Ireland": "IE",
    "Italy": "IT", "Japan": "JP", "Kazakhstan": "KZ", "Kyrgyzstan": "KG", "Lebanon": "LB",
    "Lithuania": "LT", "Mauritania": "MR", "Morocco": "MA", "Netherlands": "NL", "Norway": "NO",
    "Peru": "PE", "Philippines": "PH", "Poland": "PL", "Portugal": "PT", "Romania": "RO", "Russia": "RU",
    "Serbia": "RS", "Slovakia": "SK", "South Africa": "ZA", "South Korea": "KR", "Spain": "ES",
    "Sweden": "SE", "Switzerland": "CH", "Taiwan": "TW", "Tunisia": "TN", "Turkey": "TR",
    "Ukraine": "UA", "United Kingdom": "GB", "United States": "US", "Uruguay": "UY",
}

LANGS = {"en", "es", "pt", "fr", "de", "it", "ru", "uk", "ar", "tr", "el", "ko", "pl"}

DOC_FIELDS = {
    "id": str, "file": str, "source": dict, "title": (str, type(None)), "date": (str, type(None)),
    "language": str, "issuer": (str, type(None)), "endorsers": list, "endorsers_complete": bool,
    "text_truncated": bool, "source_names_subset": bool, "stated_count": (int, type(None)),
    "implied_countries_all": list, "implied_affiliation_all": (str, type(None)),
    "non_endorsers_mentioned": list, "topic": str, "list_format": str, "notes": list,
}
END_FIELDS = {
    "name": str, "alt_names": list, "kind": str, "countries": list, "country_codes": list,
    "affiliation": (str, type(None)), "parent": (str, type(None)),
}
OPTIONAL_BOOL = ("normalized_name", "country_from_name", "parent_not_in_list", "truncated_entry")
OPTIONAL_STR_VERBATIM = ("honorific", "region")


def ws(s: str) -> str:
    """NFC and collapse whitespace (PDF/e-mail line wrapping)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm(s: str) -> str:
    """Scoring normalisation: NFC, casefold, collapse spaces, strip surrounding punctuation."""
    s = ws(s).casefold()
    return s.strip(" \t\n.,;:!?\"'«»„“”‘’()[]{}-–—·•*")


def check_doc(txt: Path, problems: list[str]) -> tuple[int, int, str]:
    name = txt.name
    m = FILE_RE.match(name)
    if not m:
        problems.append(f"{name}: file name does not match 52-<lang>-<country>-<slug>.txt")
    jpath = txt.with_suffix(".json")
    try:
        doc = json.loads(jpath.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{jpath.name}: JSON does not parse: {e}")
        return 0, 0, "?"
    text = ws(txt.read_text(encoding="utf-8"))

    def p(msg: str) -> None:
        problems.append(f"{name}: {msg}")

    def verbatim(s: str, what: str) -> None:
        if not isinstance(s, str) or not s.strip():
            p(f"{what} is empty")
        elif ws(s) not in text:
            p(f"{what} not found verbatim in text: {s!r}")

    for k, t in DOC_FIELDS.items():
        if k not in doc:
            p(f"missing field {k!r}")
        elif not isinstance(doc[k], t) or (t is int and isinstance(doc[k], bool)):
            p(f"field {k!r} has wrong type {type(doc[k]).__name__}")
    if doc.get("file") != name:
        p(f"'file' is {doc.get('file')!r}")
    if doc.get("id") != txt.stem:
        p(f"'id' is {doc.get('id')!r}, expected {txt.stem!r}")
    lang = doc.get("language")
    if lang not in LANGS:
        p(f"unexpected language {lang!r}")
    if m and m.group(1) != lang:
        p(f"language {lang!r} differs from file name {m.group(1)!r}")
    d = doc.get("date")
    if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        p(f"date not ISO: {d!r}")
    if doc.get("title"):
        verbatim(doc["title"], "title")
    if doc.get("issuer"):
        verbatim(doc["issuer"], "issuer")
    if doc.get("endorsers_complete") and doc.get("source_names_subset"):
        p("endorsers_complete and source_names_subset both true")
    for c in doc.get("implied_countries_all") or []:
        if c not in COUNTRY_CODES:
            p(f"implied country {c!r} unknown")

    ends = doc.get("endorsers") or []
    if not (MIN_ENDORSERS <= len(ends) <= MAX_ENDORSERS):
        p(f"{len(ends)} endorsers, expected {MIN_ENDORSERS}-{MAX_ENDORSERS}")
    sc = doc.get("stated_count")
    if isinstance(sc, int) and sc < len(ends):
        p(f"stated_count {sc} smaller than the number of endorsers {len(ends)}")

    forms: dict[str, int] = {}
    n_org = n_ind = 0
    for i, e in enumerate(ends):
        label = f"endorser {i + 1} ({e.get('name')!r})"
        for k, t in END_FIELDS.items():
            if k not in e:
                p(f"{label}: missing field {k!r}")
            elif not isinstance(e[k], t):
                p(f"{label}: field {k!r} has wrong type")
        for k in OPTIONAL_BOOL:
            if k in e and not isinstance(e[k], bool):
                p(f"{label}: {k} must be boolean")
        kind = e.get("kind")
        if kind == "organization":
            n_org += 1
            if e.get("affiliation") is not None:
                p(f"{label}: organisation with an affiliation")
        elif kind == "individual":
            n_ind += 1
        else:
            p(f"{label}: kind {kind!r}")
        nm = e.get("name") or ""
        alts = e.get("alt_names") or []
        if e.get("normalized_name"):
            if not any(ws(a) in text for a in alts):
                p(f"{label}: normalized name but no written form among alt_names in text")
            for a in alts:
                verbatim(a, f"{label}: alt name")
        else:
            verbatim(nm, f"{label}: name")
            for a in alts:
                verbatim(a, f"{label}: alt name")
        if ws(nm) in [ws(a) for a in alts]:
            p(f"{label}: alt_names repeats the name")
        if e.get("affiliation"):
            verbatim(e["affiliation"], f"{label}: affiliation")
        for k in OPTIONAL_STR_VERBATIM:
            if e.get(k):
                verbatim(e[k], f"{label}: {k}")
        cs, ccs = e.get("countries") or [], e.get("country_codes") or []
        if len(cs) != len(ccs):
            p(f"{label}: countries and country_codes differ in length")
        for c, cc in zip(cs, ccs):
            if cc not in ISO_ALPHA2:
                p(f"{label}: {cc!r} is not an ISO 3166-1 alpha-2 code")
            if COUNTRY_CODES.get(c) != cc:
                p(f"{label}: country {c!r} does not line up with code {cc!r}")
        if e.get("country_from_name") and not cs:
            p(f"{label}: country_from_name without a country")
        for f in [nm, *alts]:
            key = norm(f)
            if key in forms and forms[key] != i:
                p(f"{label}: name form {f!r} shared with endorser {forms[key] + 1}")
            forms[key] = i

    for i, e in enumerate(ends):
        par = e.get("parent")
        label = f"endorser {i + 1} ({e.get('name')!r})"
        if par:
            verbatim(par, f"{label}: parent")
            in_list = norm(par) in forms
            if e.get("parent_not_in_list") and in_list:
                p(f"{label}: parent_not_in_list but the parent is an endorser")
            if not e.get("parent_not_in_list") and not in_list:
                p(f"{label}: parent not an endorser and parent_not_in_list not set")
        elif e.get("parent_not_in_list"):
            p(f"{label}: parent_not_in_list without a parent")

    for ne in doc.get("non_endorsers_mentioned") or []:
        verbatim(ne, f"non-endorser {ne!r}")
        if norm(ne) in forms:
            p(f"non-endorser {ne!r} is also an endorser name form")
    if len(set(map(norm, doc.get("non_endorsers_mentioned") or []))) != len(doc.get("non_endorsers_mentioned") or []):
        p("duplicate non-endorsers")
    return n_org, n_ind, lang or "?"


def main() -> int:
    problems: list[str] = []
    txts = sorted(HERE.glob(f"{PREFIX}-*.txt"))
    jsons = sorted(HERE.glob(f"{PREFIX}-*.json"))
    for j in jsons:
        if not j.with_suffix(".txt").exists():
            problems.append(f"{j.name}: no matching .txt")
    tot_o = tot_i = 0
    langs: set[str] = set()
    for t in txts:
        if not t.with_suffix(".json").exists():
            problems.append(f"{t.name}: no matching .json")
            continue
        o, i, lang = check_doc(t, problems)
        tot_o += o
        tot_i += i
        langs.add(lang)
        print(f"{t.name:60s} {lang}  {o + i:3d} endorsers ({o} org / {i} ind)")
    print(f"\n{len(txts)} documents, {len(langs)} languages ({', '.join(sorted(langs))}), "
          f"{tot_o + tot_i} endorsers ({tot_o} org / {tot_i} ind)")
    if len(txts) != 14:
        problems.append(f"expected 14 documents, found {len(txts)}")
    if len(langs) < 9:
        problems.append(f"expected at least 9 languages, found {len(langs)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for pr in problems:
            print("  - " + pr)
        return 1
    print("OK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
