#!/usr/bin/env python3
"""Internal consistency check for held-out set 53 (labour movement statements).

Run from this folder:  python check.py
Prints one line per document and a summary; exits 1 if any problem is found.
Standard library only.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PREFIX = "53-"
MIN_ENDORSERS, MAX_ENDORSERS = 12, 35
EXPECTED_DOCS = 14
MIN_LANGUAGES = 9

# ISO 3166-1 alpha-2 (officially assigned codes, 249)
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
assert len(ISO_ALPHA2) == 249

# Country names (several languages) -> ISO code, for the 'countries lines up with country_codes' check.
COUNTRY_NAMES = {
    "AR": ["Argentina", "Argentine", "Argentinien", "Аргентина", "الأرجنتين", "Arjantin", "Αργεντινή", "아르헨티나"],
    "AU": ["Australia", "Australie", "Australien", "Austrália", "Австралия", "Австралія", "أستراليا", "Avustralya", "Αυστραλία", "호주"],
    "AT": ["Austria", "Autriche", "Österreich", "Áustria", "Австрия", "Австрія", "النمسا", "Avusturya", "Αυστρία", "오스트리아"],
    "AM": ["Armenia", "Arménie", "Armenien", "Армения", "Вірменія", "أرمينيا", "Ermenistan", "Αρμενία", "아르메니아"],
    "BE": ["Belgium", "Belgique", "België", "Belgien", "Bélgica", "Belgio", "Бельгия", "Бельгія", "بلجيكا", "Belçika", "Βέλγιο", "벨기에"],
    "BG": ["Bulgaria", "Bulgarie", "Bulgarien", "Bulgária", "Болгария", "Болгарія", "بلغاريا", "Bulgaristan", "Βουλγαρία", "불가리아"],
    "BO": ["Bolivia", "Bolivie", "Bolivien", "Bolívia", "Боливия", "Болівія", "بوليفيا", "Bolivya", "Βολιβία", "볼리비아"],
    "BR": ["Brazil", "Brasil", "Brésil", "Brasilien", "Brasile", "Бразилия", "Бразилія", "البرازيل", "Brezilya", "Βραζιλία", "브라질"],
    "BY": ["Belarus", "Biélorussie", "Bielorrusia", "Bielorrússia", "Bielorussia", "Беларусь", "Білорусь", "بيلاروسيا", "Belarus", "Λευκορωσία", "벨라루스"],
    "CA": ["Canada", "Canadá", "Kanada", "Канада", "كندا", "Καναδάς", "캐나다"],
    "CH": ["Switzerland", "Suisse", "Schweiz", "Suiza", "Suíça", "Svizzera", "Швейцария", "Швейцарія", "سويسرا", "İsviçre", "Ελβετία", "스위스"],
    "CL": ["Chile", "Chili", "Cile", "Чили", "Чилі", "تشيلي", "Şili", "Χιλή", "칠레"],
    "CO": ["Colombia", "Colombie", "Kolumbien", "Colômbia", "Колумбия", "Колумбія", "كولومبيا", "Kolombiya", "Κολομβία", "콜롬비아"],
    "CY": ["Cyprus", "Chypre", "Zypern", "Chipre", "Cipro", "Кипр", "Кіпр", "قبرص", "Kıbrıs", "Κύπρος", "키프로스"],
    "DE": ["Germany", "Allemagne", "Deutschland", "Alemania", "Alemanha", "Germania", "Германия", "Німеччина", "ألمانيا", "Almanya", "Γερμανία", "독일"],
    "DZ": ["Algeria", "Algérie", "Algerien", "Argelia", "Argélia", "Алжир", "الجزائر", "Cezayir", "Αλγερία", "알제리"],
    "EG": ["Egypt", "Égypte", "Ägypten", "Egipto", "Egito", "Egitto", "Египет", "Єгипет", "مصر", "Mısır", "Αίγυπτος", "이집트"],
    "ES": ["Spain", "Espagne", "Spanien", "España", "Espanha", "Spagna", "Испания", "Іспанія", "إسبانيا", "İspanya", "Ισπανία", "스페인"],
    "FR": ["France", "Frankreich", "Francia", "França", "Франция", "Франція", "فرنسا", "Fransa", "Γαλλία", "프랑스"],
    "GB": ["United Kingdom", "Royaume-Uni", "Vereinigtes Königreich", "Reino Unido", "Regno Unito", "Великобритания", "Велика Британія", "المملكة المتحدة", "Birleşik Krallık", "Ηνωμένο Βασίλειο", "영국"],
    "GE": ["Georgia", "Géorgie", "Georgien", "Geórgia", "Грузия", "Грузія", "جورجيا", "Gürcistan", "Γεωργία", "조지아"],
    "GR": ["Greece", "Grèce", "Griechenland", "Grecia", "Grécia", "Греция", "Греція", "اليونان", "Yunanistan", "Ελλάδα", "그리스"],
    "GT": ["Guatemala", "Гватемала", "غواتيمالا", "Γουατεμάλα", "과테말라"],
    "HU": ["Hungary", "Hongrie", "Ungarn", "Hungría", "Hungria", "Ungheria", "Венгрия", "Угорщина", "المجر", "Macaristan", "Ουγγαρία", "헝가리"],
    "ID": ["Indonesia", "Indonésie", "Indonesien", "Indonésia", "Индонезия", "Індонезія", "إندونيسيا", "Endonezya", "Ινδονησία", "인도네시아"],
    "IE": ["Ireland", "Irlande", "Irland", "Irlanda", "Ирландия", "Ірландія", "أيرلندا", "İrlanda", "Ιρλανδία", "아일랜드"],
    "IN": ["India", "Inde", "Indien", "Índia", "Индия", "Індія", "الهند", "Hindistan", "Ινδία", "인도"],
    "IQ": ["Iraq", "Irak", "Iraque", "Ирак", "Ірак", "العراق", "Ιράκ", "이라크"],
    "IT": ["Italy", "Italie", "Italien", "Italia", "Itália", "Италия", "Італія", "إيطاليا", "İtalya", "Ιταλία", "이탈리아"],
    "JO": ["Jordan", "Jordanie", "Jordanien", "Jordania", "Jordânia", "Giordania", "Иордания", "Йорданія", "الأردن", "Ürdün", "Ιορδανία", "요르단"],
    "JP": ["Japan", "Japon", "Japón", "Japão", "Giappone", "Япония", "Японія", "اليابان", "Japonya", "Ιαπωνία", "일본", "日本"],
    "KE": ["Kenya", "Kenia", "Quénia", "Кения", "Кенія", "كينيا", "Κένυα", "케냐"],
    "KG": ["Kyrgyzstan", "Kirghizistan", "Kirgisistan", "Kirguistán", "Quirguistão", "Кыргызстан", "Киргизия", "Киргизстан", "قيرغيزستان", "Kırgızistan", "Κιργιζία", "키르기스스탄"],
    "KR": ["South Korea", "Corée du Sud", "Südkorea", "Corea del Sur", "Coreia do Sul", "Corea del Sud", "Южная Корея", "Південна Корея", "كوريا الجنوبية", "Güney Kore", "Νότια Κορέα", "대한민국", "한국"],
    "KZ": ["Kazakhstan", "Kasachstan", "Kazajistán", "Cazaquistão", "Kazakistan", "Казахстан", "Казахстан", "كازاخستان", "Καζακστάν", "카자흐스탄"],
    "LB": ["Lebanon", "Liban", "Libanon", "Líbano", "Libano", "Ливан", "Ліван", "لبنان", "Lübnan", "Λίβανος", "레바논"],
    "LT": ["Lithuania", "Lituanie", "Litauen", "Lituania", "Lituânia", "Литва", "ليتوانيا", "Litvanya", "Λιθουανία", "리투아니아"],
    "MA": ["Morocco", "Maroc", "Marokko", "Marruecos", "Marrocos", "Marocco", "Марокко", "المغرب", "Fas", "Μαρόκο", "모로코"],
    "MX": ["Mexico", "México", "Mexique", "Mexiko", "Messico", "Мексика", "المكسيك", "Meksika", "Μεξικό", "멕시코"],
    "NG": ["Nigeria", "Nigéria", "Нигерия", "Нігерія", "نيجيريا", "Nijerya", "Νιγηρία", "나이지리아"],
    "NL": ["Netherlands", "Pays-Bas", "Niederlande", "Países Bajos", "Países Baixos", "Paesi Bassi", "Нидерланды", "Нідерланди", "هولندا", "Hollanda", "Ολλανδία", "네덜란드"],
    "NO": ["Norway", "Norvège", "Norwegen", "Noruega", "Norvegia", "Норвегия", "Норвегія", "النرويج", "Norveç", "Νορβηγία", "노르웨이"],
    "PA": ["Panama", "Panamá", "Панама", "بنما", "Παναμάς", "파나마"],
    "PH": ["Philippines", "Philippinen", "Filipinas", "Filippine", "Филиппины", "Філіппіни", "الفلبين", "Filipinler", "Φιλιππίνες", "필리핀"],
    "PL": ["Poland", "Pologne", "Polen", "Polonia", "Polónia", "Польша", "Польща", "بولندا", "Polonya", "Πολωνία", "폴란드"],
    "PT": ["Portugal", "Portogallo", "Португалия", "Португалія", "البرتغال", "Portekiz", "Πορτογαλία", "포르투갈"],
    "PY": ["Paraguay", "Paraguai", "Парагвай", "باراغواي", "Παραγουάη", "파라과이"],
    "RU": ["Russia", "Russie", "Russland", "Rusia", "Rússia", "Россия", "Росія", "روسيا", "Rusya", "Ρωσία", "러시아"],
    "SE": ["Sweden", "Suède", "Schweden", "Suecia", "Suécia", "Svezia", "Швеция", "Швеція", "السويد", "İsveç", "Σουηδία", "스웨덴"],
    "TJ": ["Tajikistan", "Tadjikistan", "Tadschikistan", "Tayikistán", "Tajiquistão", "Tagikistan", "Таджикистан", "Таджикистан", "طاجيكستان", "Tacikistan", "Τατζικιστάν", "타지키스탄"],
    "TN": ["Tunisia", "Tunisie", "Tunesien", "Túnez", "Tunísia", "Тунис", "Туніс", "تونس", "Tunus", "Τυνησία", "튀니지"],
    "TR": ["Turkey", "Türkiye", "Turquie", "Türkei", "Turquía", "Turquia", "Turchia", "Турция", "Туреччина", "تركيا", "Τουρκία", "튀르키예", "터키"],
    "TW": ["Taiwan", "Taïwan", "Taiwán", "Taiwã", "Тайвань", "تايوان", "Tayvan", "Ταϊβάν", "대만", "台灣", "臺灣"],
    "UA": ["Ukraine", "Ucrania", "Ucrânia", "Ucraina", "Украина", "Україна", "أوكرانيا", "Ukrayna", "Ουκρανία", "우크라이나"],
    "US": ["United States", "USA", "États-Unis", "Vereinigte Staaten", "Estados Unidos", "Stati Uniti", "США", "الولايات المتحدة", "ABD", "ΗΠΑ", "미국"],
    "UY": ["Uruguay", "Uruguai", "Уругвай", "الأوروغواي", "Ουρουγουάη", "우루과이"],
    "ZA": ["South Africa", "Afrique du Sud", "Südafrika", "Sudáfrica", "África do Sul", "Sudafrica", "ЮАР", "Южная Африка", "جنوب أفريقيا", "Güney Afrika", "Νότια Αφρική", "남아프리카 공화국"],
}
NAME_TO_CODE = {}
for _code, _names in COUNTRY_NAMES.items():
    for _n in _names:
        NAME_TO_CODE.setdefault(unicodedata.normalize("NFC", _n).casefold(), _code)

DOC_FIELDS = {
    "id": str, "file": str, "title": (str, type(None)), "date": (str, type(None)), "language": str,
    "issuer": (str, type(None)), "endorsers": list, "endorsers_complete": bool, "text_truncated": bool,
    "source_names_subset": bool, "stated_count": (int, type(None)), "non_endorsers_mentioned": list,
}
ENDORSER_FIELDS = {
    "name": str, "alt_names": list, "kind": str, "countries": list, "country_codes": list,
    "affiliation": (str, type(None)), "parent": (str, type(None)),
}
OPTIONAL_STR = ("honorific", "descriptor", "region", "comment", "note", "sector")
OPTIONAL_BOOL = ("normalized_name", "country_from_name", "parent_not_in_list", "truncated_entry")
LANGS = {"en", "es", "pt", "fr", "de", "it", "ru", "uk", "ar", "tr", "el", "ko", "pl", "ja", "zh", "nl", "sv", "ca"}
FILE_RE = re.compile(r"^53-([a-z]{2})-([a-z]{2})-[a-z0-9-]+$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    """Scoring-style normalisation: NFC, case-folded, spaces collapsed, surrounding punctuation stripped."""
    s = re.sub(r"\s+", " ", nfc(s).casefold()).strip()
    return s.strip(" \t.,;:!?\"'«»“”„()[]{}–—-•·*")


def check_doc(base, problems, stats):
    txt_path, json_path = base + ".txt", base + ".json"
    stem = os.path.basename(base)
    def bad(msg):
        problems.append(f"{stem}: {msg}")
    with open(txt_path, encoding="utf-8") as f:
        text = nfc(f.read())
    text_cf = text.casefold()
    try:
        with open(json_path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        bad(f"JSON does not parse: {e}")
        return
    m = FILE_RE.match(stem)
    if not m:
        bad("file name does not match 53-<lang>-<country>-<slug>")
    # document fields
    for k, t in DOC_FIELDS.items():
        if k not in doc:
            bad(f"missing field {k}")
        elif not isinstance(doc[k], t) or (t is int and isinstance(doc[k], bool)):
            bad(f"field {k} has wrong type {type(doc[k]).__name__}")
    if any(k not in doc or not isinstance(doc[k], DOC_FIELDS[k]) for k in ("endorsers", "non_endorsers_mentioned")):
        return
    if doc.get("file") != stem + ".txt":
        bad(f"'file' is {doc.get('file')!r}, expected {stem}.txt")
    lang = doc.get("language")
    if lang not in LANGS:
        bad(f"unexpected language {lang!r}")
    if m and m.group(1) != lang:
        bad(f"language {lang!r} differs from file name ({m.group(1)})")
    if m and m.group(2).upper() not in ISO_ALPHA2:
        bad(f"file-name country {m.group(2)!r} is not ISO 3166-1 alpha-2")
    if doc.get("date") is not None:
        try:
            datetime.date.fromisoformat(doc["date"])
        except ValueError:
            bad(f"date {doc['date']!r} is not an ISO date")
    for k in ("title", "issuer"):
        v = doc.get(k)
        if isinstance(v, str) and nfc(v) not in text:
            bad(f"{k} not found verbatim in text: {v!r}")
    ends = doc["endorsers"]
    n = len(ends)
    if not (MIN_ENDORSERS <= n <= MAX_ENDORSERS):
        bad(f"{n} endorsers, expected {MIN_ENDORSERS}-{MAX_ENDORSERS}")
    if doc.get("stated_count") is not None and doc.get("endorsers_complete") and doc["stated_count"] != n:
        bad(f"stated_count {doc['stated_count']} but {n} endorsers in a complete list")
    if doc.get("source_names_subset") and doc.get("endorsers_complete"):
        bad("source_names_subset is true but endorsers_complete is true")

    forms_owner = {}
    endorser_norms = set()
    endorser_names = {nfc(e.get("name", "")) for e in ends if isinstance(e, dict)}
    cursor = 0
    orgs = inds = 0
    for i, e in enumerate(ends):
        label = f"endorser {i + 1}"
        if not isinstance(e, dict):
            bad(f"{label} is not an object")
            continue
        for k, t in ENDORSER_FIELDS.items():
            if k not in e:
                bad(f"{label}: missing {k}")
            elif not isinstance(e[k], t):
                bad(f"{label}: {k} has wrong type {type(e[k]).__name__}")
        for k in OPTIONAL_STR:
            if k in e and not isinstance(e[k], str):
                bad(f"{label}: {k} must be a string")
        for k in OPTIONAL_BOOL:
            if k in e and not isinstance(e[k], bool):
                bad(f"{label}: {k} must be a boolean")
        name = e.get("name")
        if not isinstance(name, str) or not name.strip():
            bad(f"{label}: empty name")
            continue
        label = f"endorser {i + 1} {name!r}"
        alts = [a for a in e.get("alt_names", []) if isinstance(a, str)]
        if len(alts) != len(e.get("alt_names", [])):
            bad(f"{label}: alt_names must be strings")
        kind = e.get("kind")
        if kind == "organization":
            orgs += 1
            if e.get("affiliation") is not None:
                bad(f"{label}: organisation with an affiliation")
        elif kind == "individual":
            inds += 1
            if e.get("parent") is not None:
                bad(f"{label}: individual with a parent")
        else:
            bad(f"{label}: kind {kind!r}")
        # verbatim presence
        if e.get("normalized_name"):
            if not any(nfc(a) in text for a in alts):
                bad(f"{label}: normalized name without a verbatim written form among alt_names")
        elif nfc(name) not in text:
            bad(f"{label}: name not found verbatim in text")
        for a in alts:
            if nfc(a) not in text:
                bad(f"{label}: alt name not found verbatim: {a!r}")
        aff = e.get("affiliation")
        if isinstance(aff, str) and nfc(aff) not in text:
            bad(f"{label}: affiliation not found verbatim: {aff!r}")
        for k in ("honorific", "descriptor", "region"):
            v = e.get(k)
            if isinstance(v, str) and nfc(v) not in text:
                bad(f"{label}: {k} not found verbatim: {v!r}")
        hon = e.get("honorific")
        if isinstance(hon, str) and norm(name).startswith(norm(hon) + " "):
            bad(f"{label}: honorific left in the name")
        # parent
        parent = e.get("parent")
        if isinstance(parent, str):
            if nfc(parent) not in text:
                bad(f"{label}: parent not found verbatim: {parent!r}")
            in_list = nfc(parent) in endorser_names
            if e.get("parent_not_in_list") and in_list:
                bad(f"{label}: parent_not_in_list but the parent is an endorser")
            if not e.get("parent_not_in_list") and not in_list:
                bad(f"{label}: parent {parent!r} is not an endorser name; set parent_not_in_list")
            if norm(parent) == norm(name):
                bad(f"{label}: is its own parent")
        elif e.get("parent_not_in_list"):
            bad(f"{label}: parent_not_in_list without a parent")
        # countries
        cs, ccs = e.get("countries", []), e.get("country_codes", [])
        if isinstance(cs, list) and isinstance(ccs, list):
            if len(cs) != len(ccs):
                bad(f"{label}: {len(cs)} countries but {len(ccs)} codes")
            for c, cc in zip(cs, ccs):
                if cc not in ISO_ALPHA2:
                    bad(f"{label}: invalid ISO 3166-1 alpha-2 code {cc!r}")
                if not isinstance(c, str):
                    bad(f"{label}: country must be a string")
                    continue
                if nfc(c).casefold() not in text_cf:
                    bad(f"{label}: country {c!r} not found in text")
                mapped = NAME_TO_CODE.get(nfc(c).casefold())
                if mapped is None:
                    bad(f"{label}: unknown country name {c!r} (add it to COUNTRY_NAMES)")
                elif mapped != cc:
                    bad(f"{label}: country {c!r} is {mapped}, not {cc}")
            if len(set(ccs)) != len(ccs):
                bad(f"{label}: repeated country code")
            if e.get("country_from_name") and not cs:
                bad(f"{label}: country_from_name without a country")
        # unique name forms
        own = set()
        for form in [name] + alts:
            k = norm(form)
            if not k:
                bad(f"{label}: empty name form")
                continue
            if k in forms_owner and forms_owner[k] != i:
                bad(f"{label}: name form {form!r} also belongs to endorser {forms_owner[k] + 1}")
            forms_owner[k] = i
            own.add(k)
        endorser_norms |= own
        # text order (first occurrence at or after the previous endorser)
        written = ([] if e.get("normalized_name") else [name]) + alts
        hits = [text.find(nfc(f), cursor) for f in written]
        hits = [h for h in hits if h >= 0]
        if not hits:
            bad(f"{label}: out of text order (not found after the previous endorser)")
        else:
            cursor = min(hits)

    # non-endorsers
    non = doc["non_endorsers_mentioned"]
    seen_non = set()
    for x in non:
        if not isinstance(x, str):
            bad(f"non-endorser {x!r} is not a string")
            continue
        if nfc(x) not in text:
            bad(f"non-endorser not found verbatim: {x!r}")
        if norm(x) in endorser_norms:
            bad(f"non-endorser {x!r} is also an endorser")
        if norm(x) in seen_non:
            bad(f"non-endorser {x!r} listed twice")
        seen_non.add(norm(x))
    if isinstance(doc.get("issuer"), str) and norm(doc["issuer"]) in seen_non:
        bad("issuer listed as non-endorser")

    stats.append((stem, lang, n, orgs, inds))


def main():
    os.chdir(HERE)
    problems, stats = [], []
    txts = {p[:-4] for p in glob.glob(SET_PREFIX + "*.txt")}
    jsons = {p[:-5] for p in glob.glob(SET_PREFIX + "*.json")}
    for b in sorted(txts - jsons):
        problems.append(f"{b}.txt has no matching .json")
    for b in sorted(jsons - txts):
        problems.append(f"{b}.json has no matching .txt")
    for b in sorted(txts & jsons):
        check_doc(os.path.join(HERE, b), problems, stats)
    if len(txts & jsons) != EXPECTED_DOCS:
        problems.append(f"{len(txts & jsons)} document pairs, expected {EXPECTED_DOCS}")
    langs = {s[1] for s in stats}
    if len(langs) < MIN_LANGUAGES:
        problems.append(f"only {len(langs)} languages, expected at least {MIN_LANGUAGES}")

    print(f"{'file':<55} {'lang':<4} {'end':>4} {'org':>4} {'ind':>4}")
    for stem, lang, n, o, i in stats:
        print(f"{stem:<55} {lang:<4} {n:>4} {o:>4} {i:>4}")
    tot = [sum(s[k] for s in stats) for k in (2, 3, 4)]
    print(f"{'TOTAL (' + str(len(stats)) + ' documents, ' + str(len(langs)) + ' languages)':<60} {tot[0]:>4} {tot[1]:>4} {tot[2]:>4}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
