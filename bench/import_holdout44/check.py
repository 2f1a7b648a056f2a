"""Consistency check for the import_holdout44 evaluation set.

Checks: every JSON parses; every .txt has its .json and vice versa; every endorser
name (except normalized_name ones) and every alt_name appears verbatim in the .txt;
every country code is a valid ISO 3166-1 alpha-2 code and countries/codes line up;
non_endorsers_mentioned appear in the text and are not endorsers.
Run with: /work/main/.venv/bin/python check.py
"""
import json, os, sys, unicodedata
from django.conf import settings
settings.configure(USE_I18N=False)
from django_countries.data import COUNTRIES

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ['id', 'file', 'source', 'title', 'date', 'language', 'issuer', 'endorsers', 'endorsers_complete',
       'text_truncated', 'source_names_subset', 'stated_count', 'non_endorsers_mentioned', 'list_format', 'notes']
EREQ = ['name', 'alt_names', 'kind', 'countries', 'country_codes', 'affiliation', 'parent']


def norm(s):
    return ' '.join(unicodedata.normalize('NFC', s).casefold().split()).strip(' .,;:()[]"\'«»“”')


problems = []
files = sorted(os.listdir(HERE))
txts = {f[:-4] for f in files if f.endswith('.txt')}
jsons = {f[:-5] for f in files if f.endswith('.json')}
for s in sorted(txts ^ jsons):
    problems.append(f'{s}: .txt/.json not paired')
total = orgs = 0
langs = set()
for s in sorted(txts & jsons):
    try:
        d = json.load(open(os.path.join(HERE, s + '.json'), encoding='utf-8'))
    except Exception as e:
        problems.append(f'{s}: JSON error {e}'); continue
    text = open(os.path.join(HERE, s + '.txt'), encoding='utf-8').read()
    if unicodedata.normalize('NFC', text) != text:
        problems.append(f'{s}: text not NFC')
    for k in REQ:
        if k not in d: problems.append(f'{s}: missing field {k}')
    if d.get('file') != s + '.txt': problems.append(f'{s}: file field mismatch')
    if d.get('id') != s: problems.append(f'{s}: id mismatch')
    if 'url' not in d['source'] or 'description' not in d['source']: problems.append(f'{s}: source fields')
    if '.example' not in d['source']['url']: problems.append(f'{s}: source url not .example')
    if d['title'] and d['title'] not in text: problems.append(f'{s}: title not verbatim')
    langs.add(d['language'])
    names = set()
    for i, e in enumerate(d['endorsers']):
        tag = f"{s}: endorser {i} {e.get('name')!r}"
        for k in EREQ:
            if k not in e: problems.append(f'{tag}: missing {k}')
        if e['kind'] not in ('organization', 'individual'): problems.append(f'{tag}: bad kind')
        if not e.get('normalized_name') and e['name'] not in text: problems.append(f'{tag}: name not in text')
        for a in e['alt_names']:
            if a not in text: problems.append(f'{tag}: alt {a!r} not in text')
        if len(e['countries']) != len(e['country_codes']): problems.append(f'{tag}: countries/codes length')
        for c in e['country_codes']:
            if c not in COUNTRIES: problems.append(f'{tag}: bad code {c}')
        if e['kind'] == 'organization' and e['affiliation']: problems.append(f'{tag}: org with affiliation')
        if e.get('region') and e['region'] not in text: problems.append(f'{tag}: region not in text')
        key = norm(e['name'])
        if key in names: problems.append(f'{tag}: duplicate name')
        names.add(key)
        names.update(norm(a) for a in e['alt_names'])
    parents = {norm(e['name']) for e in d['endorsers']} | {norm(a) for e in d['endorsers'] for a in e['alt_names']}
    for e in d['endorsers']:
        if e['parent']:
            inlist = norm(e['parent']) in parents
            if inlist == bool(e.get('parent_not_in_list')):
                problems.append(f"{s}: parent_not_in_list inconsistent for {e['name']!r}")
    for n in d['non_endorsers_mentioned']:
        if n not in text: problems.append(f'{s}: non-endorser {n!r} not in text')
        if norm(n) in names: problems.append(f'{s}: non-endorser {n!r} is also an endorser')
    k = len(d['endorsers']); o = sum(e['kind'] == 'organization' for e in d['endorsers'])
    total += k; orgs += o
    print(f"{s:60s} {d['language']}  {k:3d} ({o} org / {k - o} ind)")
print(f'{len(txts & jsons)} statements, {len(langs)} languages, {total} endorsers ({orgs} org / {total - orgs} ind)')
if problems:
    print('\n'.join(problems)); sys.exit(1)
print('OK')
