#!/usr/bin/env python
"""Consistency checks for held-out set 50.

Run from this folder:  /work/main/.venv/bin/python check.py
Exit status 0 when every check passes; problems are listed one per line.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

try:
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False)
    import django

    django.setup()
    from django_countries import countries as _countries

    VALID_CODES = {code for code, _ in _countries}
except Exception:  # pragma: no cover - fallback when django_countries is missing
    VALID_CODES = None

DOC_FIELDS = {
    "id": str, "file": str, "title": (str, type(None)), "date": (str, type(None)),
    "language": str, "issuer": (str, type(None)), "endorsers": list,
    "endorsers_complete": bool, "text_truncated": bool, "source_names_subset": bool,
    "stated_count": (int, type(None)), "non_endorsers_mentioned": list,
}
END_FIELDS = {
    "name": str, "alt_names": list, "kind": str, "countries": list,
    "country_codes": list, "affiliation": (str, type(None)), "parent": (str, type(None)),
}
STEM_RE = re.compile(r"^50-([a-z]{2})-([a-z]{2})-[a-z0-9-]+$")
PUNCT = " \t\n\"'“”„‟«»‹›「」『』（）()[]{}.,;:·•–—-"


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(PUNCT)


def check_doc(stem, problems):
    def bad(msg):
        problems.append(f"{stem}: {msg}")

    txt_path = os.path.join(HERE, stem + ".txt")
    json_path = os.path.join(HERE, stem + ".json")
    text = unicodedata.normalize("NFC", open(txt_path, encoding="utf-8").read())
    try:
        d = json.load(open(json_path, encoding="utf-8"))
    except Exception as exc:
        bad(f"JSON does not parse: {exc}")
        return None

    for field, typ in DOC_FIELDS.items():
        if field not in d:
            bad(f"missing field {field!r}")
        elif not isinstance(d[field], typ) or (typ is str and not d[field]):
            bad(f"field {field!r} has wrong type/empty value")
    if problems and problems[-1].startswith(stem + ": missing"):
        return None

    m = STEM_RE.match(stem)
    if not m:
        bad("file name does not follow 50-<lang>-<country>-<slug>")
    elif m.group(1) != d["language"]:
        bad(f"language {d['language']!r} differs from file name")
    if d["file"] != stem + ".txt":
        bad(f"'file' is {d['file']!r}")
    if d["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
        bad(f"date {d['date']!r} is not ISO")
    if d["title"] and unicodedata.normalize("NFC", d["title"]) not in text:
        bad(f"title not verbatim in text: {d['title']!r}")
    if d["issuer"] and unicodedata.normalize("NFC", d["issuer"]) not in text:
        bad(f"issuer not verbatim in text: {d['issuer']!r}")

    E = d["endorsers"]
    if not 12 <= len(E) <= 35:
        bad(f"{len(E)} endorsers (expected 12-35)")
    if d["endorsers_complete"] and d["source_names_subset"]:
        bad("endorsers_complete and source_names_subset both true")
    if d["endorsers_complete"] and d["stated_count"] is not None and d["stated_count"] != len(E):
        bad(f"complete list but stated_count {d['stated_count']} != {len(E)}")
    if d["stated_count"] is not None and d["stated_count"] < len(E):
        bad("stated_count smaller than the number of annotated endorsers")

    all_forms = {}
    for i, e in enumerate(E):
        label = f"endorser #{i + 1} {e.get('name')!r}"
        for field, typ in END_FIELDS.items():
            if field not in e:
                bad(f"{label}: missing field {field!r}")
            elif not isinstance(e[field], typ):
                bad(f"{label}: field {field!r} has wrong type")
        if any(f not in e for f in END_FIELDS):
            continue
        if e["kind"] not in ("organization", "individual"):
            bad(f"{label}: kind {e['kind']!r}")
        name = unicodedata.normalize("NFC", e["name"])
        if e.get("normalized_name"):
            if not any(unicodedata.normalize("NFC", a) in text for a in e["alt_names"]):
                bad(f"{label}: normalized name but no written form among alt_names")
        elif name not in text:
            bad(f"{label}: name not verbatim in text")
        for a in e["alt_names"]:
            if unicodedata.normalize("NFC", a) not in text:
                bad(f"{label}: alt name {a!r} not verbatim in text")
            if norm(a) == norm(name):
                bad(f"{label}: alt name {a!r} repeats the name")
        if e["affiliation"] is not None and e["kind"] != "individual":
            bad(f"{label}: affiliation on an organisation")
        if e["affiliation"] and unicodedata.normalize("NFC", e["affiliation"]) not in text:
            bad(f"{label}: affiliation not verbatim in text: {e['affiliation']!r}")
        if len(e["countries"]) != len(e["country_codes"]):
            bad(f"{label}: countries and country_codes differ in length")
        for c in e["country_codes"]:
            if not re.fullmatch(r"[A-Z]{2}", c) or (VALID_CODES is not None and c not in VALID_CODES):
                bad(f"{label}: invalid country code {c!r}")
        if e.get("country_from_name") and not e["country_codes"]:
            bad(f"{label}: country_from_name without a country")
        if e.get("parent_not_in_list") and not e["parent"]:
            bad(f"{label}: parent_not_in_list without parent")
        if e.get("honorific") and e["honorific"] not in text:
            bad(f"{label}: honorific {e['honorific']!r} not in text")
        for form in [e["name"], *e["alt_names"]]:
            key = norm(form)
            if key in all_forms and all_forms[key] != i:
                bad(f"{label}: form {form!r} also used by endorser #{all_forms[key] + 1}")
            all_forms[key] = i

    names = {norm(e["name"]) for e in E if "name" in e}
    for i, e in enumerate(E):
        p = e.get("parent")
        if not p:
            continue
        label = f"endorser #{i + 1} {e.get('name')!r}"
        if unicodedata.normalize("NFC", p) not in text:
            bad(f"{label}: parent {p!r} not verbatim in text")
        if e.get("parent_not_in_list"):
            if norm(p) in all_forms:
                bad(f"{label}: parent_not_in_list but parent {p!r} is an endorser")
        else:
            if norm(p) not in names:
                bad(f"{label}: parent {p!r} is not an endorser name (set parent_not_in_list?)")
            elif norm(p) == norm(e["name"]):
                bad(f"{label}: is its own parent")

    for n in d["non_endorsers_mentioned"]:
        if unicodedata.normalize("NFC", n) not in text:
            bad(f"non-endorser {n!r} not verbatim in text")
        if norm(n) in all_forms:
            bad(f"non-endorser {n!r} is also an endorser")
    return d


def main():
    problems = []
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt"))}
    jsons = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.json"))}
    for s in sorted(txts - jsons):
        problems.append(f"{s}.txt has no .json")
    for s in sorted(jsons - txts):
        problems.append(f"{s}.json has no .txt")
    docs = {}
    for stem in sorted(txts & jsons):
        d = check_doc(stem, problems)
        if d is not None:
            docs[stem] = d
    langs = {d["language"] for d in docs.values()}
    if len(docs) != 14:
        problems.append(f"{len(docs)} statements (expected 14)")
    if len(langs) < 9:
        problems.append(f"only {len(langs)} languages (expected at least 9)")

    n_org = sum(e["kind"] == "organization" for d in docs.values() for e in d["endorsers"])
    n_ind = sum(e["kind"] == "individual" for d in docs.values() for e in d["endorsers"])
    print(f"{len(docs)} statements, {len(langs)} languages, {n_org + n_ind} endorsers "
          f"({n_org} organisations, {n_ind} individuals)")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
