#!/usr/bin/env python
"""Consistency check for held-out set 46.

Run from anywhere with a Python that has django_countries installed:
    /work/main/.venv/bin/python check.py

Checks, for every NNN-*.txt / .json pair in this folder:
  * every .txt has a .json and every .json a .txt; the JSON parses and has the required fields;
  * title and issuer, when given, occur in the text (whitespace collapsed);
  * document fields are well formed (ISO date, language code, counts, booleans);
  * every endorser name (except normalized_name ones) and every alt name occurs verbatim in the text;
    for normalized_name entries every word of the name occurs in the text;
  * individuals' affiliations occur in the text (whitespace collapsed, as lines may wrap);
  * kind is organization/individual; countries and country_codes have the same length, codes are valid
    ISO 3166-1 alpha-2 (django_countries) and not repeated;
  * a parent names a listed endorser, unless parent_not_in_list is true (then it must not be one);
  * no two endorsers share a normalised name;
  * every non_endorsers_mentioned entry occurs in the text and is not an endorser name / alt name;
  * stated_count is not below the number of annotated endorsers, and equals it when the list is complete.
Exits 1 and lists the problems if any check fails.
"""
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
    from django_countries import countries as _countries
    VALID_CODES = {code for code, _ in _countries}
except Exception as exc:  # pragma: no cover
    sys.exit(f'django_countries is needed for this check ({exc}); run with /work/main/.venv/bin/python')

DOC_FIELDS = {
    'title': (str, type(None)), 'date': (str, type(None)), 'language': str, 'issuer': (str, type(None)),
    'endorsers': list, 'endorsers_complete': bool, 'stated_count': (int, type(None)),
    'non_endorsers_mentioned': list,
}
END_FIELDS = {
    'name': str, 'alt_names': list, 'kind': str, 'countries': list, 'country_codes': list,
    'affiliation': (str, type(None)), 'parent': (str, type(None)),
}


def norm(s):
    s = unicodedata.normalize('NFC', s).casefold()
    s = re.sub(r'\s+', ' ', s).strip()
    return s.strip(' .,;:!?"\'«»“”„()[]–-')


def squash(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s))


def check_doc(base, problems):
    def bad(msg):
        problems.append(f'{base}: {msg}')

    text = unicodedata.normalize('NFC', open(os.path.join(HERE, base + '.txt'), encoding='utf-8').read())
    stext = squash(text)
    try:
        doc = json.load(open(os.path.join(HERE, base + '.json'), encoding='utf-8'))
    except Exception as exc:
        bad(f'JSON does not parse: {exc}')
        return 0, 0
    for field, typ in DOC_FIELDS.items():
        if field not in doc:
            bad(f'missing field {field}')
        elif not isinstance(doc[field], typ):
            bad(f'field {field} has type {type(doc[field]).__name__}')
    if problems and problems[-1].startswith(base + ': missing'):
        return 0, 0
    if doc.get('file') not in (None, base + '.txt'):
        bad(f"file field {doc.get('file')!r} does not match")
    if doc['title'] is not None and squash(doc['title']) not in stext:
        bad('title not found in text')
    if doc['issuer'] is not None and squash(doc['issuer']) not in stext:
        bad('issuer not found in text')
    if doc['date'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', doc['date']):
        bad(f"date {doc['date']!r} is not ISO")
    if not re.fullmatch(r'[a-z]{2}', doc['language']):
        bad(f"language {doc['language']!r} is not ISO 639-1")
    if base.split('-')[1] != doc['language']:
        bad('language does not match the file name')

    names = {}
    endorsers = doc['endorsers']
    for i, e in enumerate(endorsers):
        where = f"endorser {i + 1} ({e.get('name')!r})"
        for field, typ in END_FIELDS.items():
            if field not in e:
                bad(f'{where}: missing field {field}')
            elif not isinstance(e[field], typ):
                bad(f'{where}: field {field} has type {type(e[field]).__name__}')
        if any(f not in e for f in END_FIELDS):
            continue
        e_text = unicodedata.normalize('NFC', e['name'])
        if e.get('normalized_name'):
            if not e['alt_names']:
                bad(f'{where}: normalized_name without the written form in alt_names')
            for word in e_text.split():
                if word not in text:
                    bad(f'{where}: word {word!r} of the normalised name not in text')
        elif e_text not in text:
            bad(f'{where}: name not found verbatim in text')
        for alt in e['alt_names']:
            if unicodedata.normalize('NFC', alt) not in text:
                bad(f'{where}: alt name {alt!r} not found verbatim in text')
        if e['kind'] not in ('organization', 'individual'):
            bad(f"{where}: kind {e['kind']!r}")
        if e['affiliation'] is not None:
            if e['kind'] != 'individual':
                bad(f'{where}: affiliation on an organisation')
            elif squash(e['affiliation']) not in stext:
                bad(f"{where}: affiliation {e['affiliation']!r} not in text")
        if len(e['countries']) != len(e['country_codes']):
            bad(f'{where}: countries and country_codes differ in length')
        if len(set(e['country_codes'])) != len(e['country_codes']):
            bad(f'{where}: repeated country code')
        for code in e['country_codes']:
            if code not in VALID_CODES:
                bad(f'{where}: invalid country code {code!r}')
        if e.get('country_from_name') and not e['country_codes']:
            bad(f'{where}: country_from_name without a country')
        for key in [e_text] + e['alt_names']:
            k = norm(key)
            if k in names and names[k] != i:
                bad(f'{where}: normalised name {key!r} also used by endorser {names[k] + 1}')
            names[k] = i

    primary = {norm(e['name']) for e in endorsers if 'name' in e}
    for i, e in enumerate(endorsers):
        if e.get('parent') is None:
            if e.get('parent_not_in_list'):
                bad(f'endorser {i + 1}: parent_not_in_list without parent')
            continue
        listed = norm(e['parent']) in primary
        if e.get('parent_not_in_list'):
            if listed:
                bad(f"endorser {i + 1}: parent {e['parent']!r} is listed but parent_not_in_list is true")
            if squash(e['parent']) not in stext:
                bad(f"endorser {i + 1}: parent {e['parent']!r} not in text")
        elif not listed:
            bad(f"endorser {i + 1}: parent {e['parent']!r} is not a listed endorser")

    for ne in doc['non_endorsers_mentioned']:
        if unicodedata.normalize('NFC', ne) not in text:
            bad(f'non-endorser {ne!r} not found verbatim in text')
        if norm(ne) in names:
            bad(f'non-endorser {ne!r} is also an endorser name')

    n = len(endorsers)
    sc = doc['stated_count']
    if sc is not None:
        if sc < n:
            bad(f'stated_count {sc} below the {n} annotated endorsers')
        if doc['endorsers_complete'] and sc != n:
            bad(f'list marked complete but stated_count {sc} != {n}')
    if doc.get('source_names_subset') and doc['endorsers_complete']:
        bad('source_names_subset and endorsers_complete both true')
    orgs = sum(1 for e in endorsers if e.get('kind') == 'organization')
    return orgs, n - orgs


def main():
    files = sorted(os.listdir(HERE))
    txt = {f[:-4] for f in files if f.endswith('.txt') and re.match(r'\d', f)}
    jsn = {f[:-5] for f in files if f.endswith('.json') and re.match(r'\d', f)}
    problems = []
    for b in sorted(txt - jsn):
        problems.append(f'{b}.txt has no .json')
    for b in sorted(jsn - txt):
        problems.append(f'{b}.json has no .txt')
    total_o = total_i = 0
    for base in sorted(txt & jsn):
        o, i = check_doc(base, problems)
        total_o += o
        total_i += i
        print(f'{base:55s} {o + i:3d} endorsers ({o} org / {i} ind)')
    print(f"{'TOTAL':55s} {total_o + total_i:3d} endorsers ({total_o} org / {total_i} ind) in {len(txt & jsn)} statements")
    if problems:
        print(f'\n{len(problems)} problem(s):')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
