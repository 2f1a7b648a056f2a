#!/usr/bin/env python3
"""Internal consistency check for held-out set 55 (standard library only).

Usage: python check.py [folder]   (default: the folder holding this script)
Exits 1 and lists every problem found, else prints a summary and exits 0.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

EXPECTED_DOCS = 14
MIN_LANGS = 9
MIN_END, MAX_END = 12, 35

ISO_3166_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW
TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
assert len(ISO_3166_ALPHA2) == 249

ISO_639_1_USED = {"en", "es", "pt", "fr", "de", "it", "ru", "uk", "ar", "tr", "el", "ko", "pl", "nl",
                  "ca", "eu", "gl", "sv", "da", "fi", "no", "ro", "hu", "cs", "sk", "bg", "sr", "hr",
                  "sl", "ja", "zh", "fa", "he", "hi", "ur", "id", "ms", "vi", "th", "sw", "am", "ka",
                  "hy", "az", "kk", "ky", "uz", "tg", "mn", "sq", "mk", "lt", "lv", "et", "is", "ga", "cy"}

FNAME = re.compile(r"^55-([a-z]{2})-([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.(txt|json)$")

DOC_FIELDS = {  # field: allowed types
    "id": (str,), "file": (str,), "source": (dict,), "title": (str, type(None)),
    "date": (str, type(None)), "language": (str,), "issuer": (str, type(None)),
    "endorsers": (list,), "endorsers_complete": (bool,), "text_truncated": (bool,),
    "source_names_subset": (bool,), "stated_count": (int, type(None)),
    "non_endorsers_mentioned": (list,), "list_format": (str,), "notes": (list,),
}
END_FIELDS = {
    "name": (str,), "alt_names": (list,), "kind": (str,), "countries": (list,),
    "country_codes": (list,), "affiliation": (str, type(None)), "parent": (str, type(None)),
}
OPT_BOOL = ("parent_not_in_list", "normalized_name", "country_from_name", "truncated_entry")
OPT_STR = ("honorific", "descriptor", "region", "comment", "note",
           "countries_literal_reading", "parent_literal_reading")


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    i, j = 0, len(s)
    while i < j and (unicodedata.category(s[i])[0] in "PZ"):
        i += 1
    while j > i and (unicodedata.category(s[j - 1])[0] in "PZ"):
        j -= 1
    return s[i:j]


def main(folder):
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    names = sorted(os.listdir(folder))
    txts = {n[:-4] for n in names if n.endswith(".txt")}
    jsons = {n[:-5] for n in names if n.endswith(".json")}
    for stem in sorted(txts - jsons):
        bad(stem + ".txt", "no matching .json")
    for stem in sorted(jsons - txts):
        bad(stem + ".json", "no matching .txt")
    stems = sorted(txts & jsons)
    if len(stems) != EXPECTED_DOCS:
        bad(folder, "expected %d documents, found %d" % (EXPECTED_DOCS, len(stems)))

    langs, ids = set(), set()
    totals = {"organization": 0, "individual": 0}
    for stem in stems:
        w = stem
        for ext in ("txt", "json"):
            m = FNAME.match(stem + "." + ext)
            if not m:
                bad(w, "file name does not match 55-LANG-CC-slug.%s" % ext)
        m = FNAME.match(stem + ".txt")
        with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        text = unicodedata.normalize("NFC", text)
        try:
            with open(os.path.join(folder, stem + ".json"), encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            bad(w, "cannot read JSON: %s" % e)
            continue
        if not isinstance(d, dict):
            bad(w, "JSON is not an object")
            continue
        for k, types in DOC_FIELDS.items():
            if k not in d:
                bad(w, "missing field %r" % k)
            elif not isinstance(d[k], types) or (int in types and isinstance(d[k], bool)):
                bad(w, "field %r has type %s" % (k, type(d[k]).__name__))
        if any(k not in d or not isinstance(d[k], DOC_FIELDS[k]) for k in DOC_FIELDS):
            continue
        if d["id"] in ids:
            bad(w, "duplicate id %r" % d["id"])
        ids.add(d["id"])
        if d["file"] != stem + ".txt":
            bad(w, "'file' is %r" % d["file"])
        if m:
            if d["language"] != m.group(1):
                bad(w, "language %r but file name says %r" % (d["language"], m.group(1)))
            if m.group(2).upper() not in ISO_3166_ALPHA2:
                bad(w, "country part %r of the file name is not ISO 3166-1" % m.group(2))
        if d["language"] not in ISO_639_1_USED:
            bad(w, "language %r not a known ISO 639-1 code" % d["language"])
        langs.add(d["language"])

        def present(s, what):
            if not isinstance(s, str) or not s.strip():
                bad(w, "%s is empty or not a string" % what)
                return False
            if unicodedata.normalize("NFC", s) not in text:
                bad(w, "%s %r not found verbatim in the text" % (what, s))
                return False
            return True

        if d["title"] is not None:
            present(d["title"], "title")
        if d["issuer"] is not None:
            present(d["issuer"], "issuer")
        if d["date"] is not None:
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
                    raise ValueError
                datetime.date.fromisoformat(d["date"])
            except ValueError:
                bad(w, "date %r is not an ISO date" % d["date"])
            if not isinstance(d.get("date_note"), str) or not d["date_note"]:
                bad(w, "date given without date_note")
        if d["stated_count"] is not None and d["stated_count"] <= 0:
            bad(w, "stated_count must be positive")
        if d["source_names_subset"] and d["endorsers_complete"]:
            bad(w, "source_names_subset true but endorsers_complete true")
        if not isinstance(d["source"], dict) or "url" not in d["source"]:
            bad(w, "source must be an object with 'url'")

        ends = d["endorsers"]
        if not (MIN_END <= len(ends) <= MAX_END):
            bad(w, "%d endorsers (need %d-%d)" % (len(ends), MIN_END, MAX_END))
        end_names = set()
        owner = {}
        cursor = 0
        for i, e in enumerate(ends):
            we = "%s endorser %d" % (w, i + 1)
            if not isinstance(e, dict):
                bad(we, "not an object")
                continue
            ok = True
            for k, types in END_FIELDS.items():
                if k not in e:
                    bad(we, "missing field %r" % k)
                    ok = False
                elif not isinstance(e[k], types):
                    bad(we, "field %r has type %s" % (k, type(e[k]).__name__))
                    ok = False
            for k in OPT_BOOL:
                if k in e and not isinstance(e[k], bool):
                    bad(we, "%r must be boolean" % k)
            for k in OPT_STR:
                if k in e and not isinstance(e[k], str):
                    bad(we, "%r must be a string" % k)
            if not ok:
                continue
            we = "%s endorser %d (%s)" % (w, i + 1, e["name"])
            if e["kind"] not in ("organization", "individual"):
                bad(we, "kind %r" % e["kind"])
            if not all(isinstance(a, str) for a in e["alt_names"]):
                bad(we, "alt_names must be strings")
                continue
            # names verbatim
            if e.get("normalized_name"):
                if e["name"] in e["alt_names"]:
                    bad(we, "normalized name also listed as alt name")
                if not any(a in text for a in e["alt_names"]):
                    bad(we, "normalized_name but no written form among alt_names in the text")
                for a in e["alt_names"]:
                    present(a, "alt name")
                if not e["name"].strip():
                    bad(we, "empty name")
            else:
                present(e["name"], "name")
                for a in e["alt_names"]:
                    present(a, "alt name")
            if e["name"] != e["name"].strip() or re.match(r"^\s*(\d+[.)]|[-•–—*·])\s", e["name"]):
                bad(we, "name carries whitespace, numbering or a bullet")
            # text order
            forms = [e["name"]] + e["alt_names"]
            positions = [text.find(unicodedata.normalize("NFC", f), cursor) for f in forms]
            positions = [p for p in positions if p >= 0]
            if not positions:
                bad(we, "not found at or after the previous endorser (text order)")
            else:
                cursor = min(positions)
            # uniqueness of normalised names
            for f in forms:
                nf = norm(f)
                if not nf:
                    bad(we, "name or alt name normalises to empty")
                    continue
                if nf in owner and owner[nf] != i:
                    bad(we, "normalised name %r shared with endorser %d" % (nf, owner[nf] + 1))
                owner.setdefault(nf, i)
                end_names.add(nf)
            # kind-specific fields
            if e["kind"] == "organization":
                if e["affiliation"] is not None:
                    bad(we, "organisation with an affiliation")
                if e.get("honorific"):
                    bad(we, "organisation with an honorific")
            else:
                if e["parent"] is not None:
                    bad(we, "individual with a parent")
                if e.get("parent_not_in_list"):
                    bad(we, "individual with parent_not_in_list")
            if e["affiliation"] is not None:
                present(e["affiliation"], "affiliation")
            # countries
            cs, ccs = e["countries"], e["country_codes"]
            if len(cs) != len(ccs):
                bad(we, "%d countries but %d country codes" % (len(cs), len(ccs)))
            for c in cs:
                present(c, "country")
            for cc in ccs:
                if cc not in ISO_3166_ALPHA2:
                    bad(we, "country code %r is not ISO 3166-1 alpha-2" % cc)
            if len(set(ccs)) != len(ccs):
                bad(we, "duplicate country codes")
            if e.get("country_from_name"):
                if not cs:
                    bad(we, "country_from_name without countries")
                for c in cs:
                    if not any(c in f for f in forms):
                        bad(we, "country_from_name but %r not in the name or alt names" % c)
            if "region" in e:
                present(e["region"], "region")
        # parents (second pass: parent may sign later in the list)
        primary = {norm(e["name"]) for e in ends if isinstance(e, dict) and isinstance(e.get("name"), str)}
        for i, e in enumerate(ends):
            if not isinstance(e, dict) or not isinstance(e.get("parent"), (str, type(None))):
                continue
            we = "%s endorser %d (%s)" % (w, i + 1, e.get("name"))
            p = e.get("parent")
            if p is None:
                if e.get("parent_not_in_list"):
                    bad(we, "parent_not_in_list without a parent")
                continue
            present(p, "parent")
            if norm(p) == norm(e.get("name", "")):
                bad(we, "endorser is its own parent")
            signs = norm(p) in primary
            if signs and e.get("parent_not_in_list"):
                bad(we, "parent %r signs but parent_not_in_list is set" % p)
            if not signs and not e.get("parent_not_in_list"):
                bad(we, "parent %r is not a signatory's name but parent_not_in_list is not set" % p)
            if "parent_literal_reading" in e:
                present(e["parent_literal_reading"], "parent_literal_reading")
        for i, e in enumerate(ends):
            if isinstance(e, dict) and "parent_literal_reading" in e and e.get("parent") is None:
                present(e["parent_literal_reading"], "parent_literal_reading")
            if isinstance(e, dict) and e.get("kind") == "organization":
                totals["organization"] += 1
            elif isinstance(e, dict):
                totals["individual"] += 1
        # non-endorsers
        seen_non = set()
        for n in d["non_endorsers_mentioned"]:
            if not isinstance(n, str):
                bad(w, "non-endorser %r is not a string" % (n,))
                continue
            present(n, "non-endorser")
            if norm(n) in end_names:
                bad(w, "non-endorser %r is also an endorser name" % n)
            if norm(n) in seen_non:
                bad(w, "non-endorser %r listed twice" % n)
            seen_non.add(norm(n))
        if not d["non_endorsers_mentioned"]:
            bad(w, "no non-endorsers listed")

    if len(langs) < MIN_LANGS:
        bad(folder, "only %d languages (need %d): %s" % (len(langs), MIN_LANGS, sorted(langs)))

    if problems:
        for p in problems:
            print("PROBLEM", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d documents, %d languages (%s), %d endorsers (%d organisations, %d individuals)" % (
        len(stems), len(langs), " ".join(sorted(langs)),
        totals["organization"] + totals["individual"], totals["organization"], totals["individual"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
