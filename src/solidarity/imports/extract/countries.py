"""Country names and adjectives in every shipped language (and a few more that the
statements users paste are written in), from CLDR via babel."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from babel import Locale
from babel.core import get_global
from django_countries.base import CountriesBase
from django_countries.data import COUNTRIES

from .lexicon import COUNTRY_NAME_LANGUAGES, SHIPPED_LANGUAGES, words

# Adjective endings that turn a country's stem into its demonym (Brazil-ian, Argentin-e,
# Belgi-an, Turk-ish), and case endings of a name (Росси-и, Ελλάδα-ς). Grammar, not a
# list of countries.
DEMONYM_SUFFIXES = tuple(
    words(
        """
        ian an ean ine ese ish ic i n ien ienne ais aise ano ana anos anas ino ina ês esa eses
        isch ische ischen ischer o a os as ско ский ская ское ские ской ских ських ський ська
        ське li lı lu lü
        и ии ы ой ей у ю ς ας ης ου йский йская йское йские йского йской
        а ом е ol ola oles olas
        """
    )
)
# Endings a country name drops before a demonym suffix: Belgi-um, Argentin-a, Росси-я,
# Κύπρ-ος (folded, its final sigma written σ).
NAME_ENDINGS = ("ium", "um", "ia", "e", "a", "o", "ия", "я", "а", "οσ", "ς", "σ", "α", "η", "ο")
CYRILLIC = re.compile("[\u0400-\u04ff]")
ARABIC_NISBA = re.compile(r"^(?:ال)?(?P<stem>[\u0621-\u064a]{3,}?)(?:ية|ي)$")
# "Estados Unidos, Reino Unido y Australia" is about as long as a list of countries gets.
MAX_COUNTRY_LIST = 80
SEPARATORS = re.compile(r"[\s.'’-]+")
CONNECTORS = re.compile(
    r"\s*(?:,|/|&|[·・]|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bи\b|\bта\b|\bve\b|"
    r"\bκαι\b|\bو)\s*",
    re.IGNORECASE,
)


ACRONYM_LETTERS = 3
GREEK_ACCUSATIVE_ENDINGS = frozenset("οαη")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "México" and "mexico" meet."""
    stripped = text.casefold()
    if not stripped.isascii():
        decomposed = unicodedata.normalize("NFKD", stripped)
        stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return SEPARATORS.sub(" ", stripped).strip()


@cache
def country_codes() -> frozenset[str]:
    # Only real countries: CLDR knows the languages spoken in each, not in "EU" or "UN".
    return frozenset(code for code in get_global("territory_languages") if code != "ZZ")


# Common names CLDR keeps only as alt="short"/"variant" forms, which babel does not ship,
# and django-countries does not list either (its COMMON_NAMES and OLD_NAMES are read
# below): only what no package has.
VARIANT_NAMES = {
    "CI": ("Ivory Coast",),  # CLDR en CI-alt-variant
    "CV": ("Cape Verde",),  # CLDR en CV-alt-variant
    "MM": ("Burma",),  # CLDR en MM-alt-variant
    "TL": ("East Timor",),  # CLDR en TL-alt-variant
    # CLDR en CD-alt-variant "Congo (DRC)", fr "Congo (RDC)": the short forms in use.
    "CD": ("DR Congo", "RD Congo", "République démocratique du Congo"),
    "GB": ("Britain", "Great Britain", "U.K."),  # CLDR en GB-alt-short is "UK"
    "US": ("U.S.", "U.S.A."),  # CLDR en US-alt-short is "US"
    "HK": ("Hong Kong",),  # CLDR en HK-alt-short
    # "Estado español": Spain, as the left and the nations within it name the state.
    "ES": ("Estado español", "Spanish State", "État espagnol", "Stato spagnolo", "Estat espanyol"),
    "NZ": ("Aotearoa New Zealand",),  # with its Māori name, in official use
    "MO": ("Macao",),  # CLDR en MO-alt-short
    # CLDR ko KR is only "대한민국"; "Korea" alone, in the languages shipped, names the
    # South in common use, where CLDR has only "South Korea" (and KP for the North).
    "KR": (
        "한국",
        "남한",
        "Korea",
        "Corea",
        "Corée",
        "Coreia",
        "Корея",
        "Κορέα",
        "كوريا",
        "韓國",
    ),
    "AU": ("호주",),  # CLDR ko AU is only "오스트레일리아"
    "KP": ("북한",),  # CLDR ko KP is only "조선민주주의인민공화국"
    "KG": ("Кыргызстан",),  # CLDR ru KG is only "Киргизия"; the state calls itself so
    # CLDR PS-alt-short: the main names are "Palestinian Territories" and its translations.
    "PS": (
        "فلسطين",
        "Palestina",
        "Palästina",
        "Палестина",
        "Filistin",
        "Παλαιστίνη",
        "팔레스타인",
    ),
}


def _plain(name: object) -> str:
    # django-countries wraps its names in gettext_lazy; the untranslated English text
    # is the proxy's argument, read without configuring Django.
    args = getattr(name, "_args", None)
    return str(args[0]) if args else str(name)


# "Iran (Islamic Republic of)", "Congo (the Democratic Republic of the)", "Tanzania, the
# United Republic of": a name and the form of state it is, as ISO 3166 writes them.
ISO_QUALIFIED = re.compile(
    r"^(?P<name>[^(),]+?)(?: \(|, )(?:the )?(?P<form>[^()]+ of(?: the)?)\)?$"
)


def _common_names() -> list[tuple[str, str]]:
    """English common and old names from django-countries, and the variants above."""
    pairs = [(code, _plain(name)) for code, name in CountriesBase.COMMON_NAMES.items()]
    for code, names in CountriesBase.OLD_NAMES.items():
        pairs.extend((code, _plain(name)) for name in names)
    for code, variants in VARIANT_NAMES.items():
        pairs.extend((code, variant) for variant in variants)
    # "Korea (the Republic of)": the ISO name, as lists write it, "Korea, Republic of"
    # and "Republic of Korea".
    for code, name in COUNTRIES.items():
        official = ISO_QUALIFIED.match(_plain(name))
        if official:
            pairs.append((code, f"{official['name']}, {official['form']}"))
            pairs.append((code, f"{official['form']} {official['name']}"))
    # "Macedonia (the former Yugoslav Republic of)": only plain names, and those ISO ones.
    return [
        (code, name)
        for code, name in pairs
        if not re.search(r"[()\[]", name) and name.count(",") <= 1
    ]


@cache
def _name_index() -> dict[str, str]:
    """Folded country name in any language read → alpha-2 code."""
    return _names_in(COUNTRY_NAME_LANGUAGES)


@cache
def _names_in(languages: tuple[str, ...]) -> dict[str, str]:
    codes = country_codes()
    index: dict[str, str] = {}
    for language in languages:
        for code, name in Locale.parse(language).territories.items():
            if code in codes:
                index.setdefault(fold(name), code)
                # "홍콩(중국 특별행정구)": the name before CLDR's explanation.
                short = name.split("(")[0].strip()
                if short != name:
                    index.setdefault(fold(short), code)
    for code, name in _common_names():
        if code in codes:
            index.setdefault(fold(name), code)
    return index


@cache
def _alias_codes() -> dict[str, str]:
    """Upper-case codes as written inside names: "Oxfam GB", "Action Aid UK"."""
    codes = {code: code for code in country_codes() if code.isalpha()}
    for alias, targets in get_global("territory_aliases").items():
        if len(targets) == 1 and targets[0] in codes and alias.isalpha() and len(alias) == 3:
            codes.setdefault(alias, targets[0])
    codes["UK"] = "GB"
    return codes


@cache
def _stem_index(languages: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """Stems of one-word country names for demonyms ("belgi" → BE, "brazil" → BR), and
    the names that are their own adjective without a final "y" ("german" → DE)."""
    stems: dict[str, str] = {}
    without_y: dict[str, str] = {}
    for name, code in _names_in(languages).items():
        if " " in name or len(name) < 4 or not name.isalpha():
            continue
        stems.setdefault(name, code)
        for ending in NAME_ENDINGS:
            if name.endswith(ending) and len(name) - len(ending) >= 4:
                stems.setdefault(name[: -len(ending)], code)
        if name.endswith("y") and len(name) >= 6:
            without_y.setdefault(name[:-1], code)
    return stems, without_y


@cache
def _homonym_cities() -> tuple[frozenset[str], frozenset[str]]:
    """Cities (CLDR time-zone cities) whose name, in one language, is also that language's
    name of another country: عمّان (Amman, JO) and عُمان (Oman) both fold to "عمان".
    Gives their folded names, and their spellings where they differ from the country's
    only by vowel marks."""
    folded: set[str] = set()
    spelled: set[str] = set()
    for language in SHIPPED_LANGUAGES:
        locale = Locale(language)
        countries = {fold(name): code for code, name in locale.territories.items()}
        spellings = set(locale.territories.values())
        zones = get_global("zone_territories")
        for zone, names in locale.time_zones.items():
            city = names.get("city")
            code = countries.get(fold(city)) if city else None
            if city and code and zones.get(zone) not in (None, code):
                folded.add(fold(city))
                if city not in spellings:
                    spelled.add(unicodedata.normalize("NFC", city))
    return frozenset(folded), frozenset(spelled)


@lru_cache(maxsize=65536)
def country_code(text: str) -> str | None:
    """The code when the whole text names one country, in any shipped language."""
    cleaned = text.strip().strip(".:;,()[]").strip()
    if not cleaned:
        return None
    if unicodedata.normalize("NFC", cleaned) in _homonym_cities()[1]:
        # "عمّان" spelled with the city's own vowel marks is Amman, never Oman.
        return None
    # "SEC" is an acronym, not Vietnamese "Séc" (Czechia): no name is that short in capitals.
    acronym_like = cleaned.isalpha() and cleaned.isupper() and len(cleaned) <= ACRONYM_LETTERS
    code = None if acronym_like else _name_index().get(fold(cleaned))
    if code is None and cleaned.isupper():
        # "UK", "USA": codes count only in capitals, or "per" and "can" would be Peru
        # and Canada; two-letter ones only inside a name ("Oxfam GB"), since a "(PT)"
        # on its own is more often a party's acronym than Portugal.
        code = _alias_codes().get(cleaned) if len(cleaned) > 2 or cleaned == "UK" else None
    if code is None and cleaned.casefold().startswith(("the ", "la ", "el ", "le ", "o ", "a ")):
        code = _name_index().get(fold(cleaned.split(" ", 1)[1]))
    if code is None and cleaned[-1:] in GREEK_ACCUSATIVE_ENDINGS:
        # "από την Κύπρο", "στον Λίβανο": a Greek name in the accusative, its final sigma
        # dropped.
        code = _name_index().get(fold(cleaned + "ς"))
    return code


def country_list(text: str) -> list[str] | None:
    codes = _country_tuple(text)
    return list(codes) if codes is not None else None


# Lists of signatories repeat their countries: remember each answer.
@lru_cache(maxsize=65536)
def _country_tuple(text: str) -> tuple[str, ...] | None:
    """Codes when the text is nothing but countries ("Estados Unidos y Australia")."""
    if len(text) > MAX_COUNTRY_LIST:
        # Longer than any country's name, or than a few of them together.
        return None
    whole = country_code(text)
    if whole:
        return (whole,)
    parts = [part for part in CONNECTORS.split(text) if part and part.strip()]
    if len(parts) < 2:
        return None
    codes = [country_code(part) for part in parts]
    if any(code is None for code in codes):
        return None
    return tuple(dict.fromkeys(code for code in codes if code))


# Turkish names its languages after the people's adjective: "Almanca" is Alman-ca,
# "Fransızca" Fransız-ca, "Türkçe" Türk-çe.
TURKISH_LANGUAGE_SUFFIX = re.compile(r"^(?P<stem>\w{3,}?)(?:ca|ce|ça|çe)$")


@cache
def _turkish_adjectives() -> dict[str, str]:
    """Turkish country adjectives from CLDR's Turkish language names: "alman" → DE.

    The language's country is its likely territory (de → DE), kept only when the
    adjective and the Turkish country name begin alike (Alman/Almanya, Rus/Rusya), so
    that English (→ US) gives nothing; and "Roman" (a novel, or Romani) is not Romanian,
    which Turkish calls "Romence"."""
    likely = get_global("likely_subtags")
    spoken = get_global("territory_languages")
    countries = Locale("tr").territories
    codes = country_codes()
    adjectives: dict[str, str] = {}
    for language, name in Locale("tr").languages.items():
        match = TURKISH_LANGUAGE_SUFFIX.match(name)
        territory = likely.get(language, "").rsplit("_", 1)[-1]
        if not match or territory not in codes or territory not in countries:
            continue
        # The country's own official language (Romanian, not Romani, for Romania).
        if not spoken.get(territory, {}).get(language, {}).get("official_status"):
            continue
        stem, country = fold(match["stem"]), fold(countries[territory])
        # A three-letter adjective only as the whole stem of an "-ya" name (Rus/Rusya,
        # Çek/Çekya): "Dan" (Danimarka), "Fin", "Tay" are names and words elsewhere.
        shortest = len(stem) >= 4 or country == stem + "ya"
        if country[:3] == stem[:3] and country != stem and shortest:
            adjectives.setdefault(stem, territory)
    return adjectives


@cache
def _folded_suffixes() -> tuple[str, ...]:
    return tuple(fold(suffix) for suffix in DEMONYM_SUFFIXES)


@lru_cache(maxsize=65536)
def demonym_code(word: str) -> str | None:
    """The country a demonym or adjective refers to: "Brazilian" → BR."""
    nisba = ARABIC_NISBA.match(word)
    if nisba:
        # "التونسي": the article, the country's name, and the adjective ending.
        stem = nisba["stem"]
        return _name_index().get(fold(stem)) or _name_index().get(fold("ال" + stem))
    folded = fold(word)
    turkish = _turkish_adjectives().get(folded)
    if turkish:
        return turkish
    if len(folded) < 5 or not folded.isalpha():
        return None
    # The shipped languages' names first: another's ("Nigérie", Czech) would lend its stem
    # to one of their adjectives ("nigérien", French for Niger's).
    for languages in (SHIPPED_LANGUAGES, COUNTRY_NAME_LANGUAGES):
        stems, without_y = _stem_index(languages)
        found: list[tuple[str, str]] = []
        for suffix in _folded_suffixes():
            stem = folded[: -len(suffix)]
            # One-letter endings on a short stem are too easy to hit: "Franc-o" is a name;
            # a Cyrillic case ending is not a name's ("Литв-ы", "Польш-и", "Кипр-а").
            single = len(suffix) == 1 and suffix != "n" and not CYRILLIC.match(suffix)
            shortest = 6 if single else 4
            # "Korea-n", "Kenya-n": "-n" follows the whole name, never a shortened one
            # ("Kören" is no Kore-n).
            whole = suffix != "n" or stem in _names_in(languages)
            if folded.endswith(suffix) and len(stem) >= shortest and stem in stems and whole:
                found.append((stem, stems[stem]))
        if found:
            # "Nigerian" is Nigeri-an (Nigeria) before Niger-ian (Niger): the longest stem.
            return max(found, key=lambda pair: len(pair[0]))[1]
        if folded in without_y:
            return without_y[folded]
    return None


# A language official in this many countries or fewer speaks, most likely, from its main.
FEW_OFFICIAL_COUNTRIES = 2


@cache
def main_country(language: str) -> str | None:
    """The country a language is mostly spoken in, by CLDR, where it is official in one
    or two only (Korean: KR; Spanish: none)."""
    official = [
        territory
        for territory, spoken in get_global("territory_languages").items()
        if spoken.get(language, {}).get("official_status") in ("official", "de_facto_official")
    ]
    if not 0 < len(official) <= FEW_OFFICIAL_COUNTRIES:
        return None
    likely = get_global("likely_subtags").get(language, "")
    territory = likely.split("_")[-1]
    return territory if territory in official else None


# "allemand-e", "grec-que", "italien-ne", "alemán-a": a language's name with the endings
# of its people's adjective.
LANGUAGE_ADJECTIVE_ENDINGS = (
    "",
    "e",
    "s",
    "es",
    "que",
    "ques",
    "ne",
    "nes",
    "a",
    "as",
    "o",
    "os",
    "i",
)
# Languages spoken as the main one in many countries name none of them.
WORLD_LANGUAGES = frozenset({"en", "ar", "pt", "zh", "sw", "ms", "hi"})


@cache
def _language_adjectives() -> dict[str, str]:
    """Folded name of a language in a shipped language → the country it is mainly spoken
    in (CLDR likely subtags): "allemand" → DE, "grec" → GR. French, Spanish and Italian
    write a section's country with the adjective its language is named by."""
    likely = get_global("likely_subtags")
    index: dict[str, str] = {}
    for language in SHIPPED_LANGUAGES:
        for code, name in Locale(language).languages.items():
            territory = likely.get(code, "").split("_")[-1]
            if "_" in code or code in WORLD_LANGUAGES or territory not in country_codes():
                continue
            if len(name) >= 4 and " " not in name:
                index.setdefault(fold(name), territory)
    return index


def language_adjective_code(word: str) -> str | None:
    """ "allemande", "grecque", "italiana": the country whose language the word names."""
    folded = fold(word)
    adjectives = _language_adjectives()
    for ending in LANGUAGE_ADJECTIVE_ENDINGS:
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if not folded.endswith(ending):
            continue
        # "tedesc-a" is "tedesco", "tur-que" is "turc".
        for name in (stem, stem + "o", stem + "c"):
            if name in adjectives:
                return adjectives[name]
    return None


def country_of_word(word: str) -> str | None:
    """The country one word names, by its name or its people's or its language's
    adjective: "Almanya", "российская", "allemande"."""
    word = word.strip(",.;:")
    return _adjective_code(word) or country_code(word) or language_adjective_code(word)


def _adjective_code(word: str) -> str | None:
    """A people's adjective's country, unless the word is a given name ("Santa Catarina",
    "Catarina Lopes" do not name Qatar)."""
    from .givennames import is_given_name  # noqa: PLC0415 - given names build on names

    code = demonym_code(word)
    return code if code is None or not is_given_name(word) else None


# "Kabelwerke KG", "Logistik SE", "Hafen AG", "Transportes SA": a company's legal form,
# which shares its letters with a country's code.
LEGAL_FORMS = frozenset({"KG", "AG", "SE", "SA", "AS", "SL", "BV", "NV", "AB", "OY"})


# "Iranian Studies", "Estudios Latinoamericanos": a people's adjective names a field.
FIELD_WORDS = frozenset(
    {"studies", "studien", "estudios", "etudes", "studi", "estudos", "philology"}
)


def countries_in_name(name: str) -> list[str]:
    """Countries an organisation's own name states: "Communist Party of Australia"."""
    # A parenthesis holds an acronym ("(CI)"), not a country code.
    words = re.findall(r"[\w&-]+", re.sub(r"\([^)]*\)", " ", name))
    folded = [fold(word) for word in words]
    found: list[str] = []
    index = _name_index()
    aliases = _alias_codes()
    taken: set[int] = set()
    for size in (4, 3, 2, 1):
        for position in range(len(words) - size + 1):
            span = range(position, position + size)
            if taken.intersection(span):
                continue
            phrase = " ".join(folded[position : position + size])
            code = index.get(phrase) if (size > 1 or len(phrase) > 3) else None
            if code and phrase in _homonym_cities()[0]:
                # Inside a name, a city named like another country is the city: a
                # country only counts when it stands alone in a country position.
                code = None
                taken.update(span)
                continue
            if code is None and size == 1:
                word = words[position]
                is_last = position == len(words) - 1
                # "Oxfam GB" ends on its country's code; "Rádio Voz 98,7 FM" on a band.
                if (
                    word.isupper()
                    and is_last
                    and position > 0
                    and not words[position - 1].isdigit()
                    and word not in LEGAL_FORMS
                ):
                    code = aliases.get(word)
                elif (word[:1].isupper() or word[:1].lower() == word[:1].upper()) and not (
                    position + 1 < len(words) and folded[position + 1] in FIELD_WORDS
                ):
                    # Capitalised, or in a script without capitals (Arabic); "Iranian
                    # Studies Network" names a field of study, no country.
                    code = _adjective_code(word)
            if code:
                found.append(code)
                taken.update(span)
    return list(dict.fromkeys(found))


@cache
def _cities() -> frozenset[str]:
    """Folded names of the cities CLDR names time zones after ("Roma", "Ankara" is not
    one, "Istanbul" is), in every shipped language: a sample of well-known towns."""
    cities = {
        fold(zone.rsplit("/", 1)[-1].replace("_", " "))
        for zone in get_global("zone_territories")
        if "/" in zone
    }
    for language in SHIPPED_LANGUAGES:
        for names in Locale(language).time_zones.values():
            city = names.get("city")
            if city:
                cities.add(fold(city))
    return frozenset(cities)


def is_known_city(text: str) -> bool:
    return fold(text) in _cities()


@cache
def _region_names() -> frozenset[str]:
    """Folded names of the world's regions CLDR names by number ("Africa" 002, "Latin
    America" 419, "Western Asia" 145), in every shipped language."""
    return frozenset(
        fold(name)
        for language in SHIPPED_LANGUAGES
        for code, name in Locale(language).territories.items()
        if code.isdigit()
    )


def is_region_name(text: str) -> bool:
    """ "Africa", "أفريقيا", "Latin America": a continent or a region, no country."""
    return fold(text) in _region_names()


def names_places_only(text: str) -> bool:
    """ "Europa y África", "Asia and Brazil": regions and countries, nobody's name."""
    parts = [part for part in CONNECTORS.split(text) if part and part.strip()]
    return bool(parts) and all(is_region_name(part) or country_code(part) for part in parts)
