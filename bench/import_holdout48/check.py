#!/usr/bin/env python
"""Consistency check for held-out set 48 (run with a Python that has django_countries)."""
import json, os, re, sys, unicodedata

import django
from django.conf import settings
if not settings.configured:
    settings.configure(USE_I18N=False)
    django.setup()
from django_countries import countries

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_FIELDS = ['title', 'date', 'language', 'issuer', 'endorsers', 'endorsers_complete',
              'stated_count', 'non_endorsers_mentioned']
END_FIELDS = ['name', 'alt_names', 'kind', 'countries', 'country_codes', 'affiliation', 'parent']
VALID = set(dict(countries).keys())
NAME_RE = re.compile(r'^48-[a-z]{2}-[a-z]{2}-[a-z0-9-]+$')


def norm(s):
    s = unicodedata.normalize('NFC', s).casefold()
    s = re.sub(r'\s+', ' ', s).strip()
    return s.strip(' .,;:!?"\'«»„“”()[]-–—')


def main():
    errors = []
    txts = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
    jsons = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith('.json'))
    for b in sorted(set(txts) ^ set(jsons)):
        errors.append(f'{b}: .txt/.json pair incomplete')
    langs = set()
    tot = org = 0
    for base in txts:
        if base not in jsons:
            continue
        E = lambda m: errors.append(f'{base}: {m}')
        if not NAME_RE.match(base):
            E('bad file name')
        text = unicodedata.normalize('NFC', open(os.path.join(HERE, base + '.txt'), encoding='utf-8').read())
        try:
            g = json.load(open(os.path.join(HERE, base + '.json'), encoding='utf-8'))
        except Exception as ex:
            E(f'JSON does not parse: {ex}'); continue
        for f in DOC_FIELDS:
            if f not in g:
                E(f'missing field {f}')
        if g.get('file') and g['file'] != base + '.txt':
            E('file field does not match')
        if g.get('date') is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', g['date']):
            E('date not ISO')
        if not re.match(r'^[a-z]{2}$', g.get('language') or ''):
            E('language not ISO 639-1')
        if base.split('-')[1] != g.get('language'):
            E('language differs from file name')
        langs.add(g.get('language'))
        if g.get('title') and unicodedata.normalize('NFC', g['title']) not in text:
            E('title not in text')
        ens = g.get('endorsers') or []
        if not (15 <= len(ens) <= 45):
            E(f'{len(ens)} endorsers (expected 15-45)')
        keys = set()
        seen = set()
        for i, e in enumerate(ens):
            for f in END_FIELDS:
                if f not in e:
                    E(f'endorser {i} missing {f}')
            n = e.get('name') or ''
            if not n:
                E(f'endorser {i} empty name')
            if e.get('kind') not in ('organization', 'individual'):
                E(f'{n}: bad kind')
            if norm(n) in seen:
                E(f'{n}: duplicate endorser')
            seen.add(norm(n))
            if not e.get('normalized_name') and unicodedata.normalize('NFC', n) not in text:
                E(f'name not verbatim in text: {n}')
            if e.get('normalized_name') and not e.get('alt_names'):
                E(f'{n}: normalized_name without written form in alt_names')
            for a in e.get('alt_names', []):
                if unicodedata.normalize('NFC', a) not in text:
                    E(f'alt name not verbatim in text: {a}')
            cc = e.get('country_codes', [])
            if len(cc) != len(e.get('countries', [])):
                E(f'{n}: countries and country_codes differ in length')
            for c in cc:
                if c not in VALID:
                    E(f'{n}: invalid country code {c}')
            if e.get('kind') == 'organization' and e.get('affiliation'):
                E(f'{n}: organisation with affiliation')
            if e.get('parent_not_in_list') and not e.get('parent'):
                E(f'{n}: parent_not_in_list without parent')
            keys.add(norm(n))
            keys.update(norm(a) for a in e.get('alt_names', []))
            tot += 1
            org += e.get('kind') == 'organization'
        names = {norm(e['name']) for e in ens}
        for e in ens:
            p = e.get('parent')
            if p and not e.get('parent_not_in_list') and norm(p) not in names:
                E(f"{e['name']}: parent {p} not a listed endorser but parent_not_in_list unset")
        for m in g.get('non_endorsers_mentioned') or []:
            if unicodedata.normalize('NFC', m) not in text:
                E(f'non-endorser not in text: {m}')
            if norm(m) in keys:
                E(f'non-endorser is an endorser: {m}')
        if g.get('issuer') and norm(g['issuer']) in keys and not g.get('issuer_also_endorser'):
            pass
    for e in errors:
        print('ERROR', e)
    print(f'{len(txts)} statements, {len(langs)} languages ({", ".join(sorted(langs))}), '
          f'{tot} endorsers ({org} org / {tot - org} ind), {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
