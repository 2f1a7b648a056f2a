#!/usr/bin/env python
"""Consistency checks for held-out set 49.

Run from this folder:  /work/main/.venv/bin/python check.py
Exit status 0 when every check passes; otherwise every problem is printed.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

try:  # valid ISO 3166-1 alpha-2 codes from django_countries (no settings needed for the data table)
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False)
    from django_countries.data import COUNTRIES

    VALID_CODES = set(COUNTRIES)
    OFFICIAL = {code: str(name) for code, name in COUNTRIES.items()}
except Exception as exc:  # pragma: no cover
    print("cannot import django_countries:", exc)
    sys.exit(2)

# Short English names used in the annotations -> code (checked against the code given)
SHORT = {
    'United Kingdom': 'GB', 'Ireland': 'IE', 'France': 'FR', 'Germany': 'DE', 'Spain': 'ES', 'Italy': 'IT',
    'Portugal': 'PT', 'Netherlands': 'NL', 'Belgium': 'BE', 'Greece': 'GR', 'Australia': 'AU',
    'United States': 'US', 'Chile': 'CL', 'Turkey': 'TR', 'South Africa': 'ZA', 'Argentina': 'AR',
    'Bolivia': 'BO', 'Brazil': 'BR', 'Colombia': 'CO', 'Ecuador': 'EC', 'Mexico': 'MX', 'Peru': 'PE',
    'Uruguay': 'UY', 'Switzerland': 'CH', 'Haiti': 'HT', 'Senegal': 'SN', 'Canada': 'CA',
    'Mozambique': 'MZ', 'Angola': 'AO', 'Zambia': 'ZM', 'Zimbabwe': 'ZW', 'Cape Verde': 'CV',
    'Russia': 'RU', 'Kazakhstan': 'KZ', 'Armenia': 'AM', 'Ukraine': 'UA', 'Poland': 'PL', 'Lithuania': 'LT',
    'Austria': 'AT', 'Sweden': 'SE', 'Czechia': 'CZ', 'Tunisia': 'TN', 'Morocco': 'MA', 'Algeria': 'DZ',
    'Egypt': 'EG', 'Lebanon': 'LB', 'Jordan': 'JO', 'Iraq': 'IQ', 'Sudan': 'SD', 'Bangladesh': 'BD',
    'Pakistan': 'PK', 'South Korea': 'KR', 'Philippines': 'PH', 'Indonesia': 'ID', 'Taiwan': 'TW',
    'Japan': 'JP', 'Myanmar': 'MM', 'Thailand': 'TH', 'Cyprus': 'CY', 'Denmark': 'DK', 'Norway': 'NO',
    'Slovakia': 'SK', 'Vietnam': 'VN', 'Sri Lanka': 'LK', 'Nepal': 'NP', 'Mauritania': 'MR',
    'Hungary': 'HU', 'Romania': 'RO', 'Bulgaria': 'BG', 'Serbia': 'RS', 'Croatia': 'HR', 'Finland': 'FI',
    'Latvia': 'LV', 'Estonia': 'EE', 'Belarus': 'BY', 'Georgia': 'GE', 'Kyrgyzstan': 'KG', 'Syria': 'SY',
    'Palestine': 'PS', 'Nicaragua': 'NI', 'Paraguay': 'PY', 'Israel': 'IL', 'Azerbaijan': 'AZ',
}

REQUIRED_DOC = {
    'title': (str, type(None)), 'date': (str, type(None)), 'language': str, 'issuer': (str, type(None)),
    'endorsers': list, 'endorsers_complete': bool, 'text_truncated': bool, 'source_names_subset': bool,
    'stated_count': (int, type(None)), 'non_endorsers_mentioned': list, 'list_format': str,
}
REQUIRED_END = {
    'name': str, 'alt_names': list, 'kind': str, 'countries': list, 'country_codes': list,
    'affiliation': (str, type(None)), 'parent': (str, type(None)),
}
LANGS_OK = {'en', 'es', 'fr', 'de', 'it', 'pt', 'ru', 'uk', 'ar', 'tr', 'ko', 'zh', 'ja', 'el', 'pl'}
NAME_RE = re.compile(r'^49-([a-z]{2})-([a-z]{2})-[a-z0-9-]+$')


def norm(s):
    """Scorer-style normalisation: NFC, casefold, collapse spaces, strip surrounding punctuation."""
    s = unicodedata.normalize('NFC', s).casefold()
    s = re.sub(r'\s+', ' ', s).strip()
    return s.strip(' .,;:!?"\'«»“”„()[]-–—·•')


problems = []


def bad(stem, msg):
    problems.append(f'{stem}: {msg}')


def check_doc(stem, text, d):
    m = NAME_RE.match(stem)
    if not m:
        bad(stem, 'file name does not match 49-<lang>-<country>-<slug>')
    for k, t in REQUIRED_DOC.items():
        if k not in d:
            bad(stem, f'missing field {k}')
        elif not isinstance(d[k], t) or (t is int and isinstance(d[k], bool)):
            bad(stem, f'field {k} has wrong type {type(d[k]).__name__}')
    if problems and any(p.startswith(stem + ': missing') for p in problems):
        return
    if m and d['language'] != m.group(1):
        bad(stem, f"language {d['language']} differs from file name {m.group(1)}")
    if d['language'] not in LANGS_OK:
        bad(stem, f"unexpected language {d['language']}")
    if d.get('file') != stem + '.txt':
        bad(stem, "field 'file' does not name the .txt")
    if d['date'] is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', d['date']):
        bad(stem, f"date not ISO: {d['date']}")
    flat = re.sub(r'\s+', ' ', text)
    if d['title'] is not None and re.sub(r'\s+', ' ', d['title']) not in flat:
        bad(stem, 'title not in text (whitespace collapsed)')
    if d['issuer'] is not None and d['issuer'] not in text:
        bad(stem, 'issuer not verbatim in text')
    if d['source_names_subset'] and d['endorsers_complete']:
        bad(stem, 'source_names_subset but endorsers_complete')
    ends = d['endorsers']
    if not 12 <= len(ends) <= 35:
        bad(stem, f'{len(ends)} endorsers (expected 12-35)')
    if d['stated_count'] is not None and d['stated_count'] < len(ends):
        bad(stem, 'stated_count smaller than the number of listed endorsers')

    all_forms = {}  # normalised name/alt -> endorser index
    seen_names = set()
    for i, e in enumerate(ends):
        tag = f"endorser {i + 1} {e.get('name')!r}"
        for k, t in REQUIRED_END.items():
            if k not in e:
                bad(stem, f'{tag}: missing {k}')
            elif not isinstance(e[k], t):
                bad(stem, f'{tag}: {k} wrong type')
        if any(k not in e for k in REQUIRED_END):
            continue
        if e['kind'] not in ('organization', 'individual'):
            bad(stem, f"{tag}: bad kind {e['kind']}")
        if e['name'] in seen_names:
            bad(stem, f'{tag}: duplicate name')
        seen_names.add(e['name'])
        if e['name'] != e['name'].strip() or not e['name']:
            bad(stem, f'{tag}: name has surrounding spaces or is empty')
        if e.get('normalized_name'):
            if not e['alt_names'] or not any(a in text for a in e['alt_names']):
                bad(stem, f'{tag}: normalized name needs its written form in alt_names')
        elif e['name'] not in text:
            bad(stem, f'{tag}: name not verbatim in text')
        for a in e['alt_names']:
            if a not in text:
                bad(stem, f'{tag}: alt name {a!r} not verbatim in text')
            if a == e['name']:
                bad(stem, f'{tag}: alt name repeats name')
        if e['affiliation'] is not None:
            if e['kind'] != 'individual':
                bad(stem, f'{tag}: affiliation on an organisation')
            if e['affiliation'] not in text:
                bad(stem, f'{tag}: affiliation not verbatim in text')
        if e.get('honorific') and e['honorific'] not in text:
            bad(stem, f'{tag}: honorific not in text')
        if len(e['countries']) != len(e['country_codes']):
            bad(stem, f'{tag}: countries and country_codes differ in length')
        for c, cc in zip(e['countries'], e['country_codes']):
            if cc not in VALID_CODES:
                bad(stem, f'{tag}: invalid ISO code {cc}')
            elif SHORT.get(c) != cc and OFFICIAL.get(cc) != c:
                bad(stem, f'{tag}: country {c!r} does not match code {cc}')
        if len(set(e['country_codes'])) != len(e['country_codes']):
            bad(stem, f'{tag}: repeated country code')
        if e.get('country_from_name') and not e['country_codes']:
            bad(stem, f'{tag}: country_from_name without a country')
        for f in [e['name']] + e['alt_names']:
            n = norm(f)
            if n in all_forms and all_forms[n] != i:
                bad(stem, f'{tag}: form {f!r} also belongs to endorser {all_forms[n] + 1}')
            all_forms[n] = i

    names = {e['name'] for e in ends}
    for i, e in enumerate(ends):
        tag = f"endorser {i + 1} {e.get('name')!r}"
        par = e.get('parent')
        pnil = e.get('parent_not_in_list')
        if par is None:
            if pnil is not None:
                bad(stem, f'{tag}: parent_not_in_list without parent')
            continue
        if par == e['name']:
            bad(stem, f'{tag}: its own parent')
        if pnil is None:
            bad(stem, f'{tag}: parent without parent_not_in_list')
        elif pnil:
            if norm(par) in all_forms:
                bad(stem, f'{tag}: parent {par!r} flagged not in list but is an endorser')
            if par not in text:
                bad(stem, f'{tag}: parent {par!r} not verbatim in text')
        else:
            if par not in names:
                bad(stem, f'{tag}: parent {par!r} is not the name of an endorser')

    for ne in d['non_endorsers_mentioned']:
        if not isinstance(ne, str):
            bad(stem, f'non-endorser {ne!r} not a string')
            continue
        if ne not in text:
            bad(stem, f'non-endorser {ne!r} not verbatim in text')
        if norm(ne) in all_forms:
            bad(stem, f'non-endorser {ne!r} is also an endorser')
    if len(d['non_endorsers_mentioned']) == 0:
        bad(stem, 'no non-endorsers listed')


def main():
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, '49-*.txt'))}
    jsons = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, '49-*.json'))}
    for s in sorted(txts - jsons):
        bad(s, '.txt without .json')
    for s in sorted(jsons - txts):
        bad(s, '.json without .txt')
    langs = set()
    total = org = ind = 0
    for stem in sorted(txts & jsons):
        with open(os.path.join(HERE, stem + '.txt'), encoding='utf-8') as f:
            text = f.read()
        try:
            with open(os.path.join(HERE, stem + '.json'), encoding='utf-8') as f:
                d = json.load(f)
        except json.JSONDecodeError as exc:
            bad(stem, f'JSON does not parse: {exc}')
            continue
        if not isinstance(d, dict):
            bad(stem, 'JSON is not an object')
            continue
        check_doc(stem, text, d)
        langs.add(d.get('language'))
        for e in d.get('endorsers', []):
            total += 1
            org += e.get('kind') == 'organization'
            ind += e.get('kind') == 'individual'
        print(f"{stem:55s} {d.get('language')}  {len(d.get('endorsers', [])):3d} endorsers")
    n = len(txts & jsons)
    if n != 14:
        bad('set', f'{n} statements (expected 14)')
    if len(langs) < 9:
        bad('set', f'only {len(langs)} languages (expected at least 9)')
    print(f'\n{n} statements, {len(langs)} languages, {total} endorsers ({org} organisations, {ind} individuals)')
    if problems:
        print(f'\n{len(problems)} problem(s):')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
