#!/usr/bin/env python3
"""Consistency check for the holdout42 statement set.

Run with the project's virtualenv (django_countries supplies the ISO 3166-1 codes):
    /work/main/.venv/bin/python check.py [folder]
"""
import json, os, re, sys, unicodedata
from django_countries.data import COUNTRIES

DOC_FIELDS = ["id", "file", "source", "title", "date", "language", "issuer", "endorsers",
              "endorsers_complete", "text_truncated", "source_names_subset", "stated_count",
              "non_endorsers_mentioned", "list_format", "notes"]
END_FIELDS = ["name", "alt_names", "kind", "countries", "country_codes", "affiliation", "parent"]


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).casefold()).strip(" .,;:!?\"'()[]")


def check(folder):
    errors = []
    names = sorted(os.listdir(folder))
    txts = {n[:-4] for n in names if n.endswith(".txt")}
    jsons = {n[:-5] for n in names if n.endswith(".json")}
    for stem in sorted(txts - jsons):
        errors.append(f"{stem}.txt has no .json")
    for stem in sorted(jsons - txts):
        errors.append(f"{stem}.json has no .txt")
    total = [0, 0]
    langs = set()
    for stem in sorted(jsons & txts):
        where = stem + ".json"
        try:
            with open(os.path.join(folder, stem + ".json"), encoding="utf-8") as f:
                doc = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where}: does not parse: {e}")
            continue
        with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        if text != unicodedata.normalize("NFC", text):
            errors.append(f"{stem}.txt: not NFC")
        for k in DOC_FIELDS:
            if k not in doc:
                errors.append(f"{where}: missing field {k}")
        if doc.get("file") != stem + ".txt":
            errors.append(f"{where}: file field {doc.get('file')!r}")
        if not re.fullmatch(r"42-[a-z]{2}-[a-z]{2}-[a-z0-9-]+", stem):
            errors.append(f"{where}: file name pattern")
        lang = doc.get("language")
        langs.add(lang)
        if stem.split("-")[1] != lang:
            errors.append(f"{where}: language {lang!r} does not match file name")
        d = doc.get("date")
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            errors.append(f"{where}: date {d!r} not ISO")
        if not isinstance(doc.get("source"), dict) or set(doc["source"]) != {"url", "description"}:
            errors.append(f"{where}: source must be {{url, description}}")
        elif ".example" not in doc["source"]["url"]:
            errors.append(f"{where}: source url not on an .example domain")
        for u in re.findall(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+", text):
            host = re.sub(r"^https?://", "", u).split("/")[0].rstrip(".,;")
            if not re.search(r"\.example$", host):
                errors.append(f"{stem}.txt: URL not on .example: {u}")
        seen = set()
        ends = doc.get("endorsers", [])
        for i, e in enumerate(ends):
            tag = f"{where} endorser {i} {e.get('name')!r}"
            for k in END_FIELDS:
                if k not in e:
                    errors.append(f"{tag}: missing {k}")
            if e.get("kind") not in ("organization", "individual"):
                errors.append(f"{tag}: kind {e.get('kind')!r}")
            else:
                total[e["kind"] == "individual"] += 1
            if not e.get("normalized_name") and e["name"] not in text:
                errors.append(f"{tag}: name not verbatim in text")
            if e.get("normalized_name") and not e.get("alt_names"):
                errors.append(f"{tag}: normalized_name without written form in alt_names")
            for a in e.get("alt_names", []):
                if a not in text:
                    errors.append(f"{tag}: alt_name {a!r} not verbatim in text")
            for k in [e["name"], *e.get("alt_names", [])]:
                nk = norm(k)
                if nk in seen:
                    errors.append(f"{tag}: duplicate name/alt {k!r}")
                seen.add(nk)
            cc = e.get("country_codes", [])
            if len(cc) != len(e.get("countries", [])):
                errors.append(f"{tag}: countries and country_codes differ in length")
            for c in cc:
                if c not in COUNTRIES:
                    errors.append(f"{tag}: invalid country code {c!r}")
            if e.get("kind") == "organization" and e.get("affiliation"):
                errors.append(f"{tag}: affiliation on an organization")
            if e.get("parent"):
                if e["parent"] not in text:
                    errors.append(f"{tag}: parent {e['parent']!r} not verbatim in text")
                in_list = any(e["parent"] == o["name"] or e["parent"] in o.get("alt_names", []) for o in ends)
                if in_list == bool(e.get("parent_not_in_list")):
                    errors.append(f"{tag}: parent_not_in_list inconsistent (parent in list: {in_list})")
            for k in ("region", "affiliation", "descriptor", "honorific"):
                v = e.get(k)
                if v and v not in text:
                    errors.append(f"{tag}: {k} {v!r} not verbatim in text")
        nem = doc.get("non_endorsers_mentioned", [])
        if not nem:
            errors.append(f"{where}: no non_endorsers_mentioned")
        for n in nem:
            if n not in text:
                errors.append(f"{where}: non-endorser {n!r} not verbatim in text")
            if norm(n) in seen:
                errors.append(f"{where}: non-endorser {n!r} is also an endorser")
        sc = doc.get("stated_count")
        if sc is not None and not isinstance(sc, int):
            errors.append(f"{where}: stated_count not int")
        if doc.get("endorsers_complete") and sc is not None and sc != len(ends):
            errors.append(f"{where}: complete but stated_count {sc} != {len(ends)}")
        if doc.get("endorsers_complete") and doc.get("source_names_subset"):
            errors.append(f"{where}: complete and subset at once")
    return errors, total, langs, len(jsons & txts)


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, total, langs, n = check(folder)
    for e in errors:
        print("ERROR", e)
    print(f"{n} documents, {sum(total)} endorsers ({total[0]} org / {total[1]} ind), "
          f"{len(langs)} languages: {', '.join(sorted(l for l in langs if l))}")
    sys.exit(1 if errors else 0)
