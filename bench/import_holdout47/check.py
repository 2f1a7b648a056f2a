#!/usr/bin/env python3
"""Consistency check for held-out set 47.

Run with the project's virtual environment (django_countries is needed):
    /work/main/.venv/bin/python check.py

Checks:
  * every .txt has a .json and every .json a .txt;
  * every JSON parses and has the required document and endorser fields;
  * every endorser name (except normalized_name ones) and every alt name
    appears verbatim in its text; so do affiliations, honorifics,
    descriptors, regions and parent names;
  * every country code is a valid ISO 3166-1 alpha-2 code (django_countries),
    countries and country_codes have the same length;
  * parents name a signatory of the same document, or carry
    parent_not_in_list: true;
  * every non_endorsers_mentioned entry appears in the text and is not an
    endorser name or alt name;
  * stated_count equals the number of endorsers when the list is complete;
  * date is ISO (YYYY-MM-DD) or null; language matches the file name.
Exit status 0 when clean, 1 otherwise.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

try:
    from django.conf import settings
    if not settings.configured:
        settings.configure(USE_I18N=False)
    from django_countries.data import COUNTRIES
except Exception as exc:  # pragma: no cover
    sys.exit(f"django_countries is required ({exc}); run with /work/main/.venv/bin/python")

HERE = Path(__file__).resolve().parent

DOC_FIELDS = ["title", "date", "language", "issuer", "endorsers", "endorsers_complete",
              "stated_count", "non_endorsers_mentioned"]
ENT_FIELDS = ["name", "alt_names", "kind", "countries", "country_codes", "affiliation", "parent"]
KINDS = {"organization", "individual"}


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .,;:!?\"'«»„“”‘’()[]-–—")


def main():
    errors = []
    txts = {p.stem for p in HERE.glob("*.txt")}
    jsons = {p.stem for p in HERE.glob("*.json")}
    for stem in sorted(txts - jsons):
        errors.append(f"{stem}.txt: no .json")
    for stem in sorted(jsons - txts):
        errors.append(f"{stem}.json: no .txt")

    totals = {"docs": 0, "organization": 0, "individual": 0}
    for stem in sorted(txts & jsons):
        where = f"{stem}.json"
        text = unicodedata.normalize("NFC", (HERE / f"{stem}.txt").read_text(encoding="utf-8"))
        try:
            doc = json.loads((HERE / f"{stem}.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON: {exc}")
            continue
        totals["docs"] += 1

        for f in DOC_FIELDS:
            if f not in doc:
                errors.append(f"{where}: missing field {f!r}")
        if doc.get("file") not in (None, f"{stem}.txt"):
            errors.append(f"{where}: 'file' is {doc.get('file')!r}")
        m = re.match(r"^\d+-([a-z]{2})-", stem)
        if m and doc.get("language") != m.group(1):
            errors.append(f"{where}: language {doc.get('language')!r} does not match file name")
        date = doc.get("date")
        if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            errors.append(f"{where}: date {date!r} is not ISO")
        if doc.get("title") and unicodedata.normalize("NFC", doc["title"]) not in text:
            errors.append(f"{where}: title not verbatim in text")

        def present(s):
            return unicodedata.normalize("NFC", s) in text

        endorsers = doc.get("endorsers") or []
        names = set()
        for i, e in enumerate(endorsers):
            tag = f"{where}: endorser {i} ({e.get('name')!r})"
            for f in ENT_FIELDS:
                if f not in e:
                    errors.append(f"{tag}: missing field {f!r}")
            if e.get("kind") not in KINDS:
                errors.append(f"{tag}: kind {e.get('kind')!r}")
            else:
                totals[e["kind"]] += 1
            name = e.get("name") or ""
            if not name:
                errors.append(f"{tag}: empty name")
            if not e.get("normalized_name") and not present(name):
                errors.append(f"{tag}: name not verbatim in text")
            if e.get("normalized_name") and not e.get("alt_names"):
                errors.append(f"{tag}: normalized_name without written form in alt_names")
            for a in e.get("alt_names") or []:
                if not present(a):
                    errors.append(f"{tag}: alt name {a!r} not verbatim in text")
            for f in ("affiliation", "honorific", "descriptor", "region"):
                v = e.get(f)
                if v and not present(v):
                    errors.append(f"{tag}: {f} {v!r} not verbatim in text")
            codes = e.get("country_codes") or []
            if len(codes) != len(e.get("countries") or []):
                errors.append(f"{tag}: countries and country_codes differ in length")
            for c in codes + list(e.get("countries_literal_reading") or []):
                if c not in COUNTRIES:
                    errors.append(f"{tag}: invalid country code {c!r}")
            if len(set(codes)) != len(codes):
                errors.append(f"{tag}: duplicate country code")
            for n in [name] + list(e.get("alt_names") or []):
                k = norm(n)
                if k in names:
                    errors.append(f"{tag}: name/alt {n!r} duplicates another endorser")
            names.update(norm(n) for n in [name] + list(e.get("alt_names") or []))

        primary = {norm(e.get("name") or "") for e in endorsers}
        for i, e in enumerate(endorsers):
            p = e.get("parent")
            if p is None:
                if e.get("parent_not_in_list"):
                    errors.append(f"{where}: endorser {i}: parent_not_in_list without parent")
                continue
            if not present(p):
                errors.append(f"{where}: endorser {i}: parent {p!r} not verbatim in text")
            if e.get("parent_not_in_list"):
                if norm(p) in primary:
                    errors.append(f"{where}: endorser {i}: parent {p!r} is in the list but flagged not")
            elif norm(p) not in primary:
                errors.append(f"{where}: endorser {i}: parent {p!r} is not a signatory name")

        for n in doc.get("non_endorsers_mentioned") or []:
            if not present(n):
                errors.append(f"{where}: non-endorser {n!r} not verbatim in text")
            if norm(n) in names:
                errors.append(f"{where}: non-endorser {n!r} is also an endorser")

        sc = doc.get("stated_count")
        if sc is not None and doc.get("endorsers_complete") and sc != len(endorsers):
            errors.append(f"{where}: stated_count {sc} but {len(endorsers)} endorsers and complete")
        if sc is not None and not doc.get("endorsers_complete") and sc <= len(endorsers):
            errors.append(f"{where}: incomplete list but stated_count {sc} <= {len(endorsers)}")

    for e in errors:
        print("ERROR", e)
    print(f"{totals['docs']} documents, {totals['organization'] + totals['individual']} endorsers "
          f"({totals['organization']} organisations, {totals['individual']} individuals); "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
