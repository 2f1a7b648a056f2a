#!/usr/bin/env python3
"""Consistency check for the holdout41 evaluation set.

Run with the project's virtualenv (django_countries provides the ISO list):
    /work/main/.venv/bin/python check_holdout.py [folder]

Checks: every .json parses and every .txt has its .json (and vice versa);
required fields are present; every endorser name (except normalized_name
entries) and every alt_name, parent, issuer, title and non-endorser appears
verbatim in the text; kinds are valid; every country code is an ISO 3166-1
alpha-2 code; dates are ISO; stated counts and flags are coherent.
"""
import json
import os
import re
import sys

from django_countries.data import COUNTRIES

DOC_FIELDS = ['id', 'file', 'source', 'title', 'date', 'language', 'issuer', 'endorsers',
              'endorsers_complete', 'text_truncated', 'source_names_subset', 'stated_count',
              'non_endorsers_mentioned', 'list_format', 'notes']
END_FIELDS = ['name', 'alt_names', 'kind', 'countries', 'country_codes', 'affiliation', 'parent']
OPTIONAL = {'honorific', 'descriptor', 'region', 'normalized_name', 'country_from_name',
            'parent_not_in_list', 'truncated_entry', 'note', 'comment'}


def main(folder):
    errors = []
    files = sorted(os.listdir(folder))
    txts = {f[:-4] for f in files if f.endswith('.txt')}
    jsons = {f[:-5] for f in files if f.endswith('.json')}
    for s in sorted(txts - jsons):
        errors.append(f'{s}.txt has no .json')
    for s in sorted(jsons - txts):
        errors.append(f'{s}.json has no .txt')
    ids = set()
    total = orgs = 0
    for stem in sorted(txts & jsons):
        where = stem
        try:
            with open(os.path.join(folder, stem + '.json'), encoding='utf-8') as f:
                d = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f'{where}: JSON does not parse: {e}')
            continue
        with open(os.path.join(folder, stem + '.txt'), encoding='utf-8') as f:
            text = f.read()

        def need(s, what):
            if s is not None and s not in text:
                errors.append(f'{where}: {what} not verbatim in text: {s!r}')

        for k in DOC_FIELDS:
            if k not in d:
                errors.append(f'{where}: missing field {k}')
        if d.get('file') != stem + '.txt':
            errors.append(f'{where}: file field {d.get("file")!r}')
        if d.get('id') in ids:
            errors.append(f'{where}: duplicate id')
        ids.add(d.get('id'))
        src = d.get('source') or {}
        if set(src) != {'url', 'description'}:
            errors.append(f'{where}: source must have url and description')
        if d.get('date') is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d['date']):
            errors.append(f'{where}: date not ISO: {d["date"]!r}')
        need(d.get('title'), 'title')
        need(d.get('issuer'), 'issuer')
        for n in d.get('non_endorsers_mentioned', []):
            need(n, 'non-endorser')
        ends = d.get('endorsers', [])
        names = set()
        for i, e in enumerate(ends, 1):
            w = f'endorser {i} ({e.get("name")!r})'
            for k in END_FIELDS:
                if k not in e:
                    errors.append(f'{where}: {w} missing {k}')
            extra = set(e) - set(END_FIELDS) - OPTIONAL
            if extra:
                errors.append(f'{where}: {w} unknown fields {sorted(extra)}')
            if e.get('kind') not in ('organization', 'individual'):
                errors.append(f'{where}: {w} bad kind {e.get("kind")!r}')
            if e.get('kind') == 'organization' and e.get('affiliation'):
                errors.append(f'{where}: {w} organisation with affiliation')
            if not e.get('normalized_name'):
                need(e.get('name'), f'{w} name')
            elif not e.get('alt_names'):
                errors.append(f'{where}: {w} normalized_name without written form in alt_names')
            for a in e.get('alt_names', []):
                need(a, f'{w} alt_name')
            need(e.get('parent'), f'{w} parent')
            if e.get('parent_not_in_list') and any(x.get('name') == e.get('parent') for x in ends):
                errors.append(f'{where}: {w} parent_not_in_list but parent is listed')
            if e.get('parent') and not e.get('parent_not_in_list') and not any(x.get('name') == e['parent'] for x in ends):
                errors.append(f'{where}: {w} parent not in list but parent_not_in_list missing')
            for c in e.get('country_codes', []):
                if c not in COUNTRIES:
                    errors.append(f'{where}: {w} invalid country code {c!r}')
            if bool(e.get('countries')) != bool(e.get('country_codes')):
                errors.append(f'{where}: {w} countries / country_codes mismatch')
            key = e.get('name', '').casefold()
            if key in names:
                errors.append(f'{where}: {w} duplicate name')
            names.add(key)
        for n in d.get('non_endorsers_mentioned', []):
            if n.casefold() in names:
                errors.append(f'{where}: non-endorser {n!r} is also an endorser')
        if d.get('endorsers_complete') and (d.get('text_truncated') or d.get('source_names_subset')):
            errors.append(f'{where}: complete but truncated/subset')
        if d.get('endorsers_complete') and d.get('stated_count') not in (None, len(ends)):
            errors.append(f'{where}: complete but stated_count {d["stated_count"]} != {len(ends)}')
        total += len(ends)
        orgs += sum(e.get('kind') == 'organization' for e in ends)
    for e in errors:
        print('ERROR', e)
    print(f'{len(txts & jsons)} documents, {total} endorsers ({orgs} org / {total - orgs} ind), {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
