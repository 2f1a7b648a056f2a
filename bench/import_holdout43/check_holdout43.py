#!/usr/bin/env python3
"""Consistency check for the import_holdout43 set.

Run with the project's virtualenv (django_countries is needed for the ISO list):
    /work/main/.venv/bin/python check_holdout43.py [folder]
"""
import glob
import json
import os
import sys
import unicodedata

from django_countries.data import COUNTRIES

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOC_FIELDS = ['id', 'file', 'source', 'title', 'date', 'language', 'issuer', 'endorsers', 'endorsers_complete',
              'text_truncated', 'source_names_subset', 'stated_count', 'non_endorsers_mentioned', 'list_format', 'notes']
END_FIELDS = ['name', 'alt_names', 'kind', 'countries', 'country_codes', 'affiliation', 'parent']
errors = []


def err(msg):
    errors.append(msg)


def nfc(s):
    return unicodedata.normalize('NFC', s)


txts = sorted(glob.glob(os.path.join(HERE, '*.txt')))
jsons = sorted(glob.glob(os.path.join(HERE, '*.json')))
stems_t = {os.path.basename(p)[:-4] for p in txts}
stems_j = {os.path.basename(p)[:-5] for p in jsons}
for s in sorted(stems_t - stems_j):
    err(f'{s}.txt has no .json')
for s in sorted(stems_j - stems_t):
    err(f'{s}.json has no .txt')

total = {'organization': 0, 'individual': 0}
langs = set()
for jp in jsons:
    stem = os.path.basename(jp)[:-5]
    try:
        with open(jp, encoding='utf-8') as f:
            doc = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f'{stem}: JSON does not parse: {e}')
        continue
    tp = os.path.join(HERE, stem + '.txt')
    if not os.path.exists(tp):
        continue
    with open(tp, encoding='utf-8') as f:
        text = nfc(f.read())
    for k in DOC_FIELDS:
        if k not in doc:
            err(f'{stem}: missing field {k}')
    if doc.get('id') != stem or doc.get('file') != stem + '.txt':
        err(f'{stem}: id/file do not match the file name')
    if not isinstance(doc.get('source'), dict) or not {'url', 'description'} <= set(doc['source']):
        err(f'{stem}: source needs url and description')
    lang = stem.split('-')[1]
    if doc.get('language') != lang:
        err(f'{stem}: language {doc.get("language")} != file name {lang}')
    langs.add(lang)
    d = doc.get('date')
    if d is not None and (len(d) != 10 or d[4] != '-' or d[7] != '-'):
        err(f'{stem}: date not ISO: {d}')
    names_seen = set()
    for i, e in enumerate(doc.get('endorsers', [])):
        where = f'{stem} #{i + 1} {e.get("name")!r}'
        for k in END_FIELDS:
            if k not in e:
                err(f'{where}: missing field {k}')
        if e.get('kind') not in ('organization', 'individual'):
            err(f'{where}: bad kind {e.get("kind")}')
        else:
            total[e['kind']] += 1
        if e.get('kind') == 'organization' and e.get('affiliation'):
            err(f'{where}: affiliation on an organization')
        if not e.get('normalized_name') and nfc(e['name']) not in text:
            err(f'{where}: name not found verbatim in text')
        for a in e.get('alt_names', []):
            if nfc(a) not in text:
                err(f'{where}: alt_name {a!r} not found verbatim in text')
        if e.get('normalized_name') and not e.get('alt_names'):
            err(f'{where}: normalized_name without the written form in alt_names')
        cc = e.get('country_codes', [])
        if len(cc) != len(e.get('countries', [])):
            err(f'{where}: countries and country_codes differ in length')
        for c in cc:
            if c not in COUNTRIES:
                err(f'{where}: invalid ISO 3166-1 alpha-2 code {c!r}')
        key = nfc(e['name']).casefold()
        if key in names_seen:
            err(f'{where}: duplicate name in document')
        names_seen.add(key)
        if e.get('parent_not_in_list') and not e.get('parent'):
            err(f'{where}: parent_not_in_list without parent')
    flat = ' '.join(text.split())
    for n in doc.get('non_endorsers_mentioned', []):
        if ' '.join(nfc(n).split()) not in flat:
            err(f'{stem}: non-endorser {n!r} not found in text (whitespace collapsed)')
        if nfc(n).casefold() in names_seen:
            err(f'{stem}: non-endorser {n!r} is also an endorser')
    if doc.get('endorsers_complete') and doc.get('stated_count') not in (None, len(doc.get('endorsers', []))):
        err(f'{stem}: stated_count {doc.get("stated_count")} != {len(doc["endorsers"])} endorsers on a complete list')

print(f'{len(jsons)} documents, {len(langs)} languages ({", ".join(sorted(langs))}), '
      f'{total["organization"] + total["individual"]} endorsers ({total["organization"]} org / {total["individual"]} ind)')
if errors:
    print(f'{len(errors)} problem(s):')
    for m in errors:
        print('  -', m)
    sys.exit(1)
print('OK')
