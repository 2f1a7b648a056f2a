"""The parts of a statement around its list: title, date, issuer, body, demands."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from babel import Locale
from rapidfuzz import fuzz

from .dates import find_date, is_day_name
from .entries import strip_marker
from .lexicon import (
    DEMANDS_HEADING,
    ISSUER_PATTERNS,
    NOISE_LINE,
    NOTES_HEADING,
    QUOTED_TITLE,
    RELATED_HEADING,
    SHIPPED_LANGUAGES,
    SIGNING_CUES,
    STOPWORDS,
    TRANSLATION_LINE,
    words,
)
from .model import ORGANIZATION
from .names import (
    classify_kind,
    clean,
    is_capitalised,
    name_span_at_end,
    name_span_at_start,
    script_of,
)
from .text import Span, split_lines

TAGLINE_WORDS = 5
MAX_TITLE_WORDS = 30
BODY_WORDS = 40
MAX_DEMAND_WORDS = 25
SITE_NAME_WORDS = 4
# "HOUSING RIGHTS" over a headline; "NO TO WAR" is a title in capitals.
KICKER_WORDS = 2
ABBREVIATED_END = re.compile(r"(?:\b\w|e\.V|a\. ?D|Inc|Ltd|Co)\.$")
PAGE_DATE = re.compile(
    r"published|posted|updated|last\s+modified|publicado|actualizado|publié|mis\s+à\s+jour|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|atualizado|опубликовано|обновлено|"
    r"опубліковано|оновлено|yayınlanma|yayınlandı|güncellendi|δημοσιεύθηκε|δημοσίευση|"
    r"ενημερώθηκε|게시|입력|수정|نشر|تحديث",
    re.IGNORECASE,
)
# Words of one letter in the shipped languages ("A call to…", "O povo", "Y ahora").
ONE_LETTER_WORDS = set("aoeyiàáèéóuиваяокусοη")
BYLINE = re.compile(
    r"^(?:by|por|par|von|di|da|от|від|από)\s+\S+(?:\s+\S+){0,3}(?:\s*[|·,–-].*)?$",
    re.IGNORECASE,
)
GENRE_WORDS = set(
    words(
        """
        statement statements declaration joint common open letter appeal press release news
        comunicado comunicados declaración declaraciones conjunto conjunta carta abierta
        llamamiento manifiesto nota prensa declaração conjunta aberta apelo imprensa
        déclaration déclarations commune lettre ouverte appel communiqué erklärung
        gemeinsame offener brief aufruf pressemitteilung dichiarazione congiunta lettera
        aperta appello comunicato заявление совместное открытое письмо обращение заява
        спільна відкритий лист звернення açıklama ortak açık mektup basın κοινή δήλωση
        ανακοίνωση ανοιχτή επιστολή 성명 성명서 공동성명 보도자료 بيان مشترك رسالة مفتوحة نداء
        de of the la el le die der a
        """
    )
)
# The same in the plural: a site's section ("Open Letters"), not what this text is.
GENRE_PLURALS = set(
    words(
        """
        statements letters appeals declarations releases cartas abiertas apelos abertas
        comunicados declaraciones declarações lettres ouvertes appels communiqués
        déclarations briefe offene aufrufe erklärungen lettere aperte appelli comunicati
        dichiarazioni заявления письма открытые обращения заяви листи відкриті звернення
        mektuplar açıklamalar επιστολές δηλώσεις ανακοινώσεις رسائل بيانات
        """
    )
)
GENRE_WORDS |= GENRE_PLURALS
# Words that name a periodical or a site: "Periódico X", "X — офіційний сайт".
PERIODICAL_WORDS = set(
    words(
        """
        newspaper magazine journal review bulletin blog website site portal official
        periódico diario revista boletín sitio oficial portal jornal revista boletim site
        oficial journal revue bulletin site officiel zeitung zeitschrift magazin website
        offizielle offizielle giornale rivista bollettino sito ufficiale газета журнал
        вестник сайт официальный офіційний вісник gazete dergi bülten resmi site εφημερίδα
        περιοδικό ιστοσελίδα επίσημη 신문 잡지 공식 홈페이지 صحيفة مجلة نشرة الموقع الرسمي
        """
    )
)
WORD_RE = re.compile(r"\w+")
BYLINE_WORDS = 10
BULLET = re.compile(r"^\s*[•*·●▪►✓-]\s+")
FOOTNOTE = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3}|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s*\S"
)
REFERENCE_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])")
URL = re.compile(r"https?://\S+")
CREDIT = re.compile(
    r"^(?:photo|foto|image|picture|credit|crédito|crédit|bild|фото|φωτογραφία|"
    r"사진|صورة)\b",
    re.IGNORECASE,
)
# "Email ThisBlogThis!Share to XShare to Facebook": a row of share buttons.
SHARE_TARGETS = re.compile(
    r"facebook|twitter|whatsapp|telegram|pinterest|linkedin|reddit|blogthis|share\s+to|"
    r"e-?mail\s+this",
    re.IGNORECASE,
)
SHARE_VERB = re.compile(
    r"share|blogthis|e-?mail\s+this|tweet|compartir|compartilhar|partager|teilen|condividi|"
    r"поделиться|поділитися|paylaş|κοινοποίηση|공유|مشاركة",
    re.IGNORECASE,
)
SHARE_BAR_WORDS = 8
# "4 min read", "Tiempo de lectura: 4 min", "Lesezeit: 4 Min.": the page's reading time.
READING_TIME = re.compile(r"\b\d+\s*(?:min|мин|хв|dk|λεπτ|분|دقائق)", re.IGNORECASE)
# Codes apart, "EN | ES", "en es": never a word read two letters at a time ("France").
LANGUAGE_CODES_LINE = re.compile(r"^[A-Za-z]{2}(?:(?:\s*[|/·]\s*|\s+)[A-Za-z]{2})+$")
NAVIGATION_SEPARATORS = re.compile(r"\s+(?:[|›»>/·•→]|::)\s+|\s*[|›»]\s*|\s{2,}")
LINK_SEPARATORS = re.compile(r"\s*[|,/·•]\s*")
HOME_WORDS = {
    "home",
    "inicio",
    "início",
    "accueil",
    "startseite",
    "home page",
    "главная",
    "головна",
    "anasayfa",
    "ana sayfa",
    "αρχική",
    "홈",
    "الرئيسية",
}
COOKIE = re.compile(r"cookie|çerez|쿠키|куки|ملفات تعريف الارتباط", re.IGNORECASE)
# A web form's fields: "Full name*", "Email*", then "Organisation", "Country", "Send".
FORM_EMAIL_FIELD = re.compile(
    r"^(?:(?:your\s+)?e-?mail(?:\s+address)?|(?:correo|endereço)(?:\s+(?:electrónico|de\s+e-?mail))?|"
    r"courriel|adresse\s+(?:e-?mail|électronique)|e-?mail-adresse|indirizzo\s+e-?mail|"
    r"электронная\s+почта|електронна\s+пошта|e-?posta(?:\s+adresi)?|"
    r"ηλεκτρονικό\s+ταχυδρομείο|이메일|البريد\s+الإلكتروني)\s*[*:]?\s*\*?$",
    re.IGNORECASE,
)
FORM_FIELD_WORDS = 4
NAME_FIELD = re.compile(
    r"^(?:(?:your\s+|full\s+|first\s+|last\s+|sur)?name|nom|prénom|nom\s+complet|nombre|"
    r"apellidos?|nome|cognome|sobrenome|nome\s+completo|vorname|nachname|имя|фамилия|"
    r"ім'я|прізвище|ad|soyad|ad\s+soyad|όνομα|επώνυμο|이름|الاسم)$",
    re.IGNORECASE,
)
SCRIPT_LANGUAGES = {"HANGUL": "ko", "ARABIC": "ar", "GREEK": "el"}
UKRAINIAN_LETTERS = set("іїєґ")


@dataclass
class Page:
    """The statement's lines without the page around them."""

    lines: list[Span] = field(default_factory=list)
    translations: list[dict[str, str | None]] = field(default_factory=list)
    # Kept lines followed by page furniture (a menu, a search box): a site's name in the
    # page header looks like a title but stands there.
    before_furniture: set[Span] = field(default_factory=set)
    # Those followed by a menu: a site's name, however long.
    before_menu: set[Span] = field(default_factory=set)


def read_page(text: str) -> Page:
    page = Page()
    related = form = False
    all_lines = split_lines(text)
    headers = _running_headers(text, all_lines)
    for index, line in enumerate(all_lines):
        links = translation_links(line.text)
        # Below "Related articles" come other pages' titles, up to the next paragraph.
        related = (related and len(line.text.split()) <= MAX_TITLE_WORDS // 2) or any(
            # "Más noticias / More news": the heading and its translation.
            RELATED_HEADING.match(part.strip())
            for part in line.text.split(" / ")
        )
        # A form's e-mail field: the required fields above it ("Name*") and the short
        # labels and buttons below it are the form too.
        if FORM_EMAIL_FIELD.match(line.text):
            form = True
            while page.lines and _is_form_field(page.lines[-1].text):
                page.lines.pop()
        else:
            form = form and len(line.text.split()) <= FORM_FIELD_WORDS
        if links:
            page.translations.extend(links)
        elif related or form or line.text in headers or is_noise(all_lines, index):
            # A photo credit under the title is no sign of a page header.
            credit = bool(CREDIT.match(line.text))
            if page.lines and page.lines[-1] is all_lines[index - 1] and not credit:
                page.before_furniture.add(page.lines[-1])
                if _is_navigation(line.text):
                    page.before_menu.add(page.lines[-1])
        else:
            page.lines.append(line)
    return page


def _running_headers(text: str, lines: list[Span]) -> set[str]:
    """A PDF's running header: the line that opens a page (after the form feed a
    converter writes between pages) and repeats on another page."""
    counts = Counter(line.text for line in lines)
    return {
        line.text
        for line in lines
        if counts[line.text] > 1
        and text[max(0, line.start - 80) : line.start].rstrip(" \t\n").endswith("\f")
    }


def _is_form_field(text: str) -> bool:
    """A required field's label, "Full name*", "Nom :*", or a name field's: "Prénom"."""
    short = len(text.split()) <= FORM_FIELD_WORDS
    return short and (text.rstrip(" :").endswith("*") or bool(NAME_FIELD.match(text.strip(" :*"))))


def is_noise(lines: list[Span], index: int) -> bool:
    text = lines[index].text
    if NOISE_LINE.match(text) or _is_share_bar(text) or _is_navigation(text):
        return True
    if COOKIE.search(text) and len(text.split()) <= 60:
        return True
    if _is_language_switch(text) or (
        READING_TIME.search(text) and len(text.split()) <= BYLINE_WORDS and not find_date(text)
    ):
        return True
    # A photo caption: the dated line just above its credit ("Rally at the docks, 3 May
    # 2022" / "Photo: …"); an undated one may be the title over the page's lead picture.
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    captioned = bool(CREDIT.match(following)) and len(text.split()) <= 25
    # Also a caption: a sentence, which a title above the lead picture rarely is.
    described = text.endswith(".") and not ABBREVIATED_END.search(text)
    return captioned and (find_date(text) is not None or described)


def _is_navigation(text: str) -> bool:
    """ "Home | News | Contact", "Inicio › Noticias › Declaraciones": menus, breadcrumbs."""
    parts = [part.strip() for part in NAVIGATION_SEPARATORS.split(text)]
    if len(parts) < 2 or any(len(part.split()) > 4 for part in parts):
        return False
    if any(find_date(part) for part in parts):
        # "Posted: 10 July 2025 | Lima / Quito", "By A. Writer | July 17, 2024 | Updated
        # 3:42 p.m.": the page's date and byline, not a menu.
        return False
    # "You are here: Home » Statements": a label before the breadcrumb.
    head = parts[0].rpartition(":")[2].strip()
    return len(parts) >= 3 or head.casefold() in HOME_WORDS


def _is_language_switch(text: str) -> bool:
    """ "EN | ES | FR", "en es fr": links to the page in other languages."""
    if not LANGUAGE_CODES_LINE.match(text):
        return False
    codes = re.findall(r"[A-Za-z]{2}", text)
    separated = bool(re.search(r"[|/·]", text))
    known = all(code.casefold() in _language_codes() for code in codes)
    return known and (separated or len(codes) >= 3)


@cache
def _language_codes() -> frozenset[str]:
    codes = (str(code) for code in Locale("en").languages)
    return frozenset(code for code in codes if len(code) == 2)


def _is_share_bar(text: str) -> bool:
    """ "Share to Facebook", "Compartir en Twitter", "Facebook Twitter WhatsApp"."""
    targets = len(SHARE_TARGETS.findall(text))
    short = len(text.split()) <= SHARE_BAR_WORDS
    return targets >= 3 or (targets >= 1 and short and bool(SHARE_VERB.search(text)))


@cache
def _language_names() -> dict[str, str]:
    """Language names in every shipped language ("español", "Spanish") → code."""
    names: dict[str, str] = {}
    for language in SHIPPED_LANGUAGES:
        for code, name in Locale(language).languages.items():
            if len(code) == 2:
                names.setdefault(name.casefold(), code)
    return names


def translation_links(text: str) -> list[dict[str, str | None]]:
    """ "Este artículo en Español", "This article in: Español | Français": links to the
    statement in other languages."""
    match = TRANSLATION_LINE.match(text)
    label = match["label"] if match else text
    segments = [part.strip(" :.-–") for part in LINK_SEPARATORS.split(URL.sub("", label))]
    segments = [segment for segment in segments if segment]
    if not segments or len(text.split()) > 12 or (not match and len(segments) < 2):
        return []
    codes = [_language_of(segment) for segment in segments]
    if any(code is None for code in codes):
        return []
    url = URL.search(text)
    return [
        {
            "language": code,
            "label": text if len(segments) == 1 else segment,
            "url": url.group() if url and len(segments) == 1 else None,
        }
        for code, segment in zip(codes, segments, strict=True)
    ]


def _language_of(label: str) -> str | None:
    words = [clean(word).casefold() for word in label.split()]
    return next(
        (_language_names()[word] for word in reversed(words) if word in _language_names()), None
    )


def detect_language(text: str) -> str | None:
    letters = [char for char in text[:5000] if char.isalpha()]
    if not letters:
        return None
    scripts: dict[str, int] = {}
    for char in letters[:2000]:
        script = script_of(char)
        scripts[script] = scripts.get(script, 0) + 1
    main = max(scripts, key=lambda script: scripts[script])
    if main in SCRIPT_LANGUAGES:
        return SCRIPT_LANGUAGES[main]
    if main == "CYRILLIC":
        return "uk" if UKRAINIAN_LETTERS.intersection(text.casefold()) else "ru"
    sample = text[:5000].casefold()
    # Letters only Turkish uses among the shipped languages.
    if sum(sample.count(letter) for letter in "ığş") >= 3:
        return "tr"
    words = re.findall(r"\w+", sample)
    counts = {lang: sum(words.count(word) for word in stop) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None


def find_title(page: Page, text: str) -> str | None:
    quoted = QUOTED_TITLE.search(text)
    if quoted:
        return (quoted["a"] or quoted["b"]).strip()
    lines = page.lines
    labelled = _genre_labelled_title(lines)
    if labelled:
        return labelled
    heading_lines: list[Span] = []
    for line in lines[:8]:
        # The title comes before the text proper starts, and a drop cap starts it.
        if len(line.text.split()) > MAX_TITLE_WORDS or _drop_cap(line.text.split()):
            break
        heading_lines.append(line)
    candidates = [line for line in heading_lines if _could_be_title(line.text)]
    if len(candidates) > 1 and _is_site_name(candidates[0], page):
        # The site's name, and the same name again over the headline.
        site = candidates.pop(0).text
        candidates = [line for line in candidates if line.text != site] or candidates
    if len(candidates) > 1 and _is_kicker(candidates[0].text, candidates[1].text):
        candidates.pop(0)
    if not candidates:
        return None
    first = candidates[0]
    dated = [
        line for line in candidates if _next_to_date(line, lines) and not line.text.endswith(".")
    ]
    # "Periódico Voz Obrera" / headline / date: the headline is the line the page's date
    # or byline stands next to; the short line above it names the site.
    masthead = _masthead_like(first.text) and not _next_to_date(first, lines)
    # A line with the menu right under it (or under its tagline) names the site, however
    # long the name.
    tagline = len(lines) > 1 and len(lines[1].text.split()) <= TAGLINE_WORDS
    top = page.before_furniture & set(lines[: 2 if tagline else 1])
    masthead = masthead or (first is lines[0] and bool(top))
    if masthead and dated and dated[0] is not first:
        first = dated[0]
        index = lines.index(first)
        above = lines[index - 1] if index else None
        if above in candidates and above is not lines[0] and _translation_pair(above, first):
            # A headline, then its translation next to the date: the first is the title.
            first = above
    elif len(candidates) > 1 and _site_banner(first.text):
        first = candidates[1]
    elif _masthead_like(first.text) and _date_below(first, lines):
        # "Solidaires Sans Murs" / "12/03/2024" / headline: a fuller line right under the
        # date is the headline.
        index = lines.index(first)
        after = lines[index + 2] if index + 2 < len(lines) else None
        longer = after is not None and len(after.text.split()) > len(first.text.split())
        # A headline: one phrase, without a sentence's end in or after it.
        headline = after is not None and not re.search(r"[.!?](?:\s|$)", after.text)
        if after in candidates and longer and headline:
            first = after
    # A page headline (and maybe a summary) is often followed by the statement's own,
    # fuller title.
    later_lines = [line for line in lines[1:8] if line is not first and _could_be_title(line.text)]
    for later in later_lines:
        fuller = len(later.text) > len(first.text) and not later.text.endswith(".")
        if fuller and _covers(later.text, first.text):
            return later.text
    return first.text


GENRE_LABEL = re.compile(
    r"^\s*(?:\[(?P<bracketed>[^\]]{2,40})\]|(?P<label>[^:：]{2,40}?)\s*[:：])\s*\S"
)
LABEL_STOPWORDS = frozenset(words("de of the la el le die der a"))


def _genre_labelled_title(lines: list[Span]) -> str | None:
    """ "Open letter: Keep the libraries open", "[공동성명] …": above the text, a line that
    says what kind of text it is and then names it is the title, whatever the site's
    furniture around it."""
    for line in lines[:25]:
        words_ = line.text.split()
        if len(words_) > MAX_TITLE_WORDS:
            if len(words_) > BODY_WORDS:
                break
            continue
        match = GENRE_LABEL.match(line.text)
        if not match:
            continue
        label = (match["bracketed"] or match["label"]).casefold().split()
        genre = [word.strip(".,") for word in label]
        if (
            0 < len(genre) <= 3
            and all(word in GENRE_WORDS and word not in GENRE_PLURALS for word in genre)
            and any(word not in LABEL_STOPWORDS for word in genre)
        ):
            return line.text.strip()
    return None


def _translation_pair(upper: Span, lower: Span) -> bool:
    """Two headlines of about the same length, neither a sentence: one and its
    translation."""
    upper_words, lower_words = len(upper.text.split()), len(lower.text.split())
    return (
        0.6 * lower_words <= upper_words <= 1.6 * lower_words
        and not upper.text.endswith(".")
        and detect_language(upper.text) != detect_language(lower.text)
    )


def _is_kicker(text: str, following: str) -> bool:
    """ "LABOUR RIGHTS" over "Stop the evictions in the river district": a short label in
    capitals above a headline in ordinary case."""
    letters = [char for char in text if char.isalpha()]
    return (
        len(text.split()) <= KICKER_WORDS
        and bool(letters)
        and text.upper() == text
        and following.upper() != following
        and len(following.split()) > len(text.split())
        and not following.endswith(".")
    )


def _next_to_date(line: Span, lines: list[Span]) -> bool:
    """The line just above or below is the page's date or byline."""
    index = lines.index(line)
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any(is_byline(other.text) or _date_line(other.text) for other in neighbours)


def _date_line(text: str) -> bool:
    """ "12 March 2024", "17 de setembro de 2024 · Atualizado em 18 de setembro": a short
    line that gives a date, or opens with one."""
    found = find_date(text)
    if found is None:
        return False
    words = len(text.split())
    # "Publié le 12 mars 2025 à 08h30 — Mis à jour le 13 mars": a label, then the date.
    opens = len(text[: found[1]].split()) <= 3
    return words <= 8 or (opens and words <= 15)


def _date_below(line: Span, lines: list[Span]) -> bool:
    index = lines.index(line)
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(find_date(below)) and len(below.split()) <= 8


def _site_banner(text: str) -> bool:
    """ "Periódico Voz Obrera", "Соціальний рух — офіційний сайт", "The Weekly Commons —
    Open Letters": a periodical's or site's name, or a name with the section after it."""
    words = WORD_RE.findall(text.casefold())
    if not words:
        return False
    if words[0] in PERIODICAL_WORDS and len(words) <= SITE_NAME_WORDS + 1:
        return True
    parts = re.split(r"\s[—–|·]\s", text)
    if len(parts) != 2:
        return False
    # "— Open Letters", "— офіційний сайт", but not "— Joint statement", which says what
    # this text is.
    section = WORD_RE.findall(parts[1].casefold())
    return (
        bool(section)
        and all(word in GENRE_WORDS or word in PERIODICAL_WORDS for word in section)
        and any(word in GENRE_PLURALS or word in PERIODICAL_WORDS for word in section)
    )


def _masthead_like(text: str) -> bool:
    """A site's name or banner: a few words without a sentence's end, or two parts joined
    by a dash or bar ("The Weekly Commons — Open Letters")."""
    short = len(text.split()) <= SITE_NAME_WORDS and not text.endswith(("!", "?", "."))
    return short or _site_banner(text)


def _is_site_name(line: Span, page: Page) -> bool:
    """The first line with a menu right under it names the site, not the text ("IFX" /
    "International Federation of X" / menu: the second too); a short one with any
    furniture under it also does."""
    lines = page.lines
    first = line is lines[0] or (line is lines[1] and not _could_be_title(lines[0].text))
    if first and line in page.before_menu:
        return True
    return (
        line is lines[0]
        and line in page.before_furniture
        and len(line.text.split()) <= SITE_NAME_WORDS
        and not line.text.endswith(("!", "?", "."))
    )


def _covers(longer: str, shorter: str) -> bool:
    """Most of the shorter line's words, fuzzily, are in the longer one."""
    words = [word for word in re.findall(r"\w+", shorter.casefold()) if len(word) >= 4]
    others = re.findall(r"\w+", longer.casefold())
    if not words:
        return False
    hits = sum(any(fuzz.ratio(word, other) >= 85 for other in others) for word in words)
    return hits / len(words) >= 0.8


def _could_be_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or len(words) < 2:
        return False
    if find_date(text) and len(words) <= 8:
        return False
    if _is_signature_counter(words) or BYLINE.match(text) or words[0][0].islower():
        return False
    named = [word for word in words if any(char.isalnum() for char in word)]
    if all(word.strip(":,.|").casefold() in GENRE_WORDS for word in named):
        # "Joint statement", "Comunicado conjunto": what the page is, not its title.
        return False
    sentences = re.findall(r"[.!?](?:\s|$)", text)
    return not (text.endswith(".") and len(sentences) > 1 and len(words) > 20)


def _drop_cap(words: list[str]) -> bool:
    """ "D i new to the office…": a page's drop cap torn off the first word of an article,
    which only happens to running text, never to a title."""
    first = words[0]
    return (
        len(words) > 1
        and len(first) == 1
        and first.isupper()
        and first.casefold() not in ONE_LETTER_WORDS
        and words[1].islower()
    )


def _is_signature_counter(words: list[str]) -> bool:
    """ "Signatories #1336 and counting", "1,200 signatures": a counter, not a title."""
    for position, word in enumerate(words):
        if clean(word) in SIGNING_CUES:
            neighbours = words[max(0, position - 1) : position + 2]
            if any(re.match(r"^#?\d", neighbour) for neighbour in neighbours):
                return True
    return False


def is_byline(text: str) -> bool:
    """ "Published 14 March 2023 · 4 min read", "By Editorial Team": a line about the page,
    not its text."""
    dated = find_date(text) is not None and len(text.split()) <= BYLINE_WORDS
    return dated or bool(BYLINE.match(text))


DATELINE_PLACE_WORDS = 3


def find_date_in(lines: list[Span]) -> str | None:
    """The statement's date: the first full date in a short line or opening a paragraph
    ("Roma, 10 ottobre 2022 – …"). A date the page gives as published or updated is
    its own, and counts only when the statement states none."""
    signed = [date for line in lines if (date := _signing_dateline(line.text))]
    if signed:
        return signed[0]
    page_dates: list[str] = []
    for line in lines:
        found = find_date(line.text)
        before = line.text[: found[1]] if found else ""
        # Opening a paragraph, a dateline stands alone or after a place ("Roma, 10 ottobre
        # 2022 – …"); "On 2 May 2024, the police …" tells of an event.
        dateline = not before.strip() or "," in before or bool(PAGE_DATE.search(before))
        if not found or not (
            len(line.text.split()) <= 15 or (len(before.split()) <= 3 and dateline)
        ):
            continue
        if PAGE_DATE.search(line.text[: found[1]]):
            page_dates.append(found[0])
        else:
            return found[0]
    return page_dates[0] if page_dates else None


def _signing_dateline(text: str) -> str | None:
    """ "Dakar, le 30 octobre 2026", "Kyiv, 23 October 2026": where and when the
    statement was signed, a line of its own, whatever date the page was posted on."""
    found = find_date(text)
    if not found:
        return None
    place, comma, article = text[: found[1]].partition(",")
    words = place.split()
    signing = (
        comma
        and 1 <= len(words) <= DATELINE_PLACE_WORDS
        and all(word[:1].isupper() for word in words)
        # "Sunday, 8 November 2026": a weekday is no place.
        and not any(is_day_name(word) for word in words)
        and len(article.split()) <= 1
        and len(text[found[2] :].split()) <= 1
    )
    return found[0] if signing else None


def find_issuer(lines: list[Span]) -> str | None:
    """The body that issues the statement, when the text says so near its top:
    "Statement by X", "Declaración de X", "Esta declaración es de la X", "X Statement"."""
    for line in lines[:20]:
        for pattern in ISSUER_PATTERNS:
            match = pattern.search(line.text)
            if match:
                name = _leading_name(match["name"])
                if name and len(name.split()) >= 2 and classify_kind(name) == ORGANIZATION:
                    return name
    return None


def _leading_name(text: str) -> str | None:
    """The capitalised name that opens the text, with an acronym in parentheses after it."""
    tokens = text.strip(" ()").split()
    length = name_span_at_start(tokens)
    if not length:
        return None
    name = " ".join(tokens[:length]).strip(" ,;:.")
    if name.count("(") > name.count(")"):
        name += ")"
    # "Plataforma de Izquierda Unida (ULP)": keep the acronym that follows.
    if length < len(tokens) and re.fullmatch(r"\([A-Z][\w-]{1,12}\)[,.]?", tokens[length]):
        name += " " + tokens[length].rstrip(",.")
    return name if len(name) > 2 else None


def find_acronyms(text: str) -> dict[str, str]:
    """ "Plataforma de Izquierda Unida (ULP)" → {"ULP": "Plataforma de Izquierda Unida"}."""
    acronyms: dict[str, str] = {}
    for match in re.finditer(r"\((?P<acronym>[A-Z][A-Z0-9-]{1,12})\)", text):
        before = text[max(0, match.start() - 200) : match.start()].split()
        start = _spelled_by(match["acronym"], before)
        if start is None:
            start = name_span_at_end(before)
        if start < len(before):
            acronyms.setdefault(match["acronym"], " ".join(before[start:]))
    return acronyms


def _spelled_by(acronym: str, tokens: list[str]) -> int | None:
    """Where the words whose capitals spell the acronym start: "Coalition Ouest-Africaine
    pour la Souveraineté Alimentaire" for COASA, small words and all."""
    letters = "".join(char for char in acronym if char.isalpha())
    initials = ""
    for start in range(len(tokens) - 1, max(-1, len(tokens) - 16), -1):
        parts = tokens[start].replace("‐", "-").split("-")
        initials = "".join(part[0] for part in parts if part[:1].isupper()) + initials
        if len(initials) > len(letters):
            return None
        if initials == letters and is_capitalised(tokens[start]):
            return start
    return None


def demand_lists(text: str, lines: list[Span]) -> list[Span]:
    """The short lines right under "Our demands" / "Exigimos:": demands, not signatories.
    They run on line after line; a blank line ends them unless the next one is an
    exclamation, so a list of signatories after them is not swallowed."""
    found: list[Span] = []
    under = False
    previous: Span | None = None
    for line in lines:
        if DEMANDS_HEADING.match(strip_marker(line.text)):
            under = True
            found.append(line)
            previous = line
            continue
        # A blank line may follow the heading, not separate two demands.
        first = (
            bool(found)
            and previous is found[-1]
            and DEMANDS_HEADING.match(strip_marker(previous.text))
        )
        adjacent = previous is not None and "\n\n" not in text[previous.end : line.start]
        short = len(line.text.split()) <= MAX_DEMAND_WORDS // 2
        under = under and short and (bool(first) or adjacent or line.text.endswith("!"))
        if under:
            found.append(line)
        previous = line
    return found


def find_demands(lines: list[Span], title: str | None) -> list[str]:
    demands: list[str] = []
    for line in lines:
        text = strip_marker(line.text) if BULLET.match(line.text) else line.text
        words = text.split()
        if text == title or not words or len(words) > MAX_DEMAND_WORDS:
            continue
        if text.endswith("!") or (BULLET.match(line.text) and len(words) <= 12):
            demands.append(text)
    return demands


def trailing_slogans(lines: list[Span]) -> list[Span]:
    """Short unpunctuated lines closing the text ("Arms for Ukraine"): slogans."""
    slogans: list[Span] = []
    for line in reversed(lines):
        words = line.text.split()
        if (
            2 <= len(words) <= 8
            and not line.text.endswith((".", ":", ","))
            and not find_date(line.text)
        ):
            slogans.insert(0, line)
        else:
            break
    return slogans if len(slogans) >= 3 else []


def find_footnotes(lines: list[Span]) -> list[Span]:
    """Numbered references: under a "Notes" heading, or "[1] …" lines late in the text."""
    notes: list[Span] = []
    under_heading = False
    for position, line in enumerate(lines):
        if NOTES_HEADING.match(line.text):
            under_heading = True
            continue
        numbered = bool(FOOTNOTE.match(line.text))
        referenced = bool(URL.search(line.text))
        # The notes end where a line is neither numbered nor a link.
        under_heading = under_heading and (numbered or referenced)
        late = position > len(lines) // 2
        bracketed = bool(REFERENCE_MARK.match(line.text))
        if under_heading or (late and (bracketed or (numbered and referenced))):
            notes.append(line)
    return notes
