"""The statement's title among the lines that open the page: the site's name, menus,
kickers, bylines and the page's headline stand there too."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from .dates import find_date
from .document import BYLINE, BYLINE_WORDS, MAX_TITLE_WORDS, Page, is_byline
from .headings import without_symbols, without_trailing_symbols
from .languages import detect_language
from .lexicon import LIST_HEADINGS, SIGNING_CUES, fold_word, words
from .marks import THREAD_COUNTER, THREAD_OPENING, over_handle
from .names import clean, has_org_word, writing_of
from .pagewords import LETTER_FURNITURE, QUOTED_TITLE
from .text import Span

TAGLINE_WORDS = 5
SITE_NAME_WORDS = 4
# "HOUSING RIGHTS" over a headline; "NO TO WAR" is a title in capitals.
KICKER_WORDS = 2
# Words of one letter in the shipped languages ("A call to…", "O povo", "Y ahora").
ONE_LETTER_WORDS = set("aoeyiàáèéóuиваяокусοη")
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
        unity public pública público message mensaje mensagem messaggio botschaft
        petition petición petição pétition petizione петиция петиція dilekçe αναφορά 청원
        resolution resolución resolução résolution resolution risoluzione резолюция
        резолюція karar ψήφισμα 결의문 قرار call convocatoria chamado chamada çağrı
        manifesto manifest манифест маніфест μανιφέστο 선언 선언문 إعلان έκκληση sign-on
        açıklamaları duyurular duyuru haberler
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
QUOTED_WHOLE = re.compile(r"^[«“„\"](?P<inner>[^«»“”„\"]+)[»”“\"]$")
HYPHENATED_END = re.compile(r"[^\W\d_]-$")
HYPHENATED_RESUME = re.compile(r"[ \t]*\n[ \t]*(?P<rest>[^\W\d_A-ZÀ-ÞА-ЯЁΑ-Ω]\S*)")
BODY_WORDS = 40
GENRE_WORDS |= GENRE_PLURALS


def find_title(page: Page, text: str) -> str | None:
    title = _find_title(page, text)
    return _unlabelled(_rejoined(title, text)) if title else None


def _unlabelled(title: str) -> str:
    """ "Subject: «No to algorithmic fines!»", forwarded without its e-mail's headers:
    the quoted subject is the title; "🧵 1/5 Joint statement: …", a thread's first post:
    the title without the thread's count."""
    counted = THREAD_OPENING.match(title)
    if counted and int(counted["post"]) <= int(counted["posts"]):
        title = title[counted.end() :]
    subject = MAIL_SUBJECT.match(title)
    quoted = QUOTED_WHOLE.match(subject["subject"]) if subject else None
    # "NO AL RIGASSIFICATORE ❌🚢": a post's pictographs decorate its title; "*NOTA*", a
    # messenger's bold.
    bare = without_trailing_symbols(without_symbols(quoted["inner"] if quoted else title))
    return bare.strip("*").strip()


def _rejoined(title: str, text: str) -> str:
    """ "… der Kranken-" / "häuser": a title broken at the page's width with a hyphen,
    as a PDF converter leaves it, goes on in lower case on the next line."""
    if not HYPHENATED_END.search(title):
        return title
    end = text.find(title) + len(title)
    following = HYPHENATED_RESUME.match(text, end)
    return title[:-1] + following["rest"] if following else title


def _find_title(page: Page, text: str) -> str | None:
    quoted = QUOTED_TITLE.search(text)
    if quoted:
        # 'a joint statement titled "Our Water Is Not for Sale,"': the comma is the sentence's.
        return (quoted["a"] or quoted["b"]).strip().rstrip(",;:")
    lines = page.lines
    named = _mail_subject(lines) or _genre_labelled_title(lines) or _title_after_cue(lines)
    if named:
        return named
    heading_lines: list[Span] = []
    for line in lines[:8]:
        # The title comes before the text proper starts, and a drop cap starts it.
        if len(line.text.split()) > MAX_TITLE_WORDS or _drop_cap(line.text.split()):
            break
        heading_lines.append(line)
    # The site's name, its tagline and anything else above its menu.
    header = _site_header_end(page, heading_lines)
    announced = _announced_title(heading_lines, header)
    if announced:
        return announced
    candidates = [
        line
        for line in heading_lines[header:]
        if _could_be_title(line.text) and not over_handle(lines, lines.index(line))
    ]
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
            return _without_page_parts(later.text, lines[: lines.index(later)])
    return _without_page_parts(_with_continuation(first, lines), lines[: lines.index(first)])


TITLE_BAR = " | "
# "Open letter for the right to study – Signatures": the form's or list's page.
LIST_SUFFIX = re.compile(r"\s+[–—|-]\s+(?P<word>[^\W\d_]+)\s*$")


def _without_page_parts(title: str, above: list[Span]) -> str:
    """The headline without what a browser's title bar puts beside it: the site's name
    ("Riverlight Alliance | Joint statement: …", the name standing above too) or the
    part of the site the page is ("… – Adesioni", "… – Signatories")."""
    parts = title.split(TITLE_BAR)
    names_above = {line.text.casefold() for line in above}
    if len(parts) == 2 and parts[0].casefold() in names_above:
        title = parts[1]
    elif len(parts) == 2 and parts[1].casefold() in names_above:
        title = parts[0]
    suffix = LIST_SUFFIX.search(title)
    if suffix and (suffix["word"] in SIGNING_CUES or suffix["word"] in LIST_HEADINGS):
        title = title[: suffix.start()]
    return title.strip()


MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|date|sent|reply-to|message-id|list-[\w-]+|content-[\w-]+|mime-version|"
    r"de|para|à|von|an|gesendet|datum|da|a|inviato|от|кому|дата|від|kimden|kime|tarih|"
    r"από|προς|ημερομηνία|보낸\s*사람|받는\s*사람|날짜|من|إلى|التاريخ|od|do|data|wysłano)\s*:",
    re.IGNORECASE,
)
# "Δίκτυο Αλληλεγγύης <newsletter@…>": who sent the e-mail, above it.
MAIL_SENDER = re.compile(r"<[^<>\s]+@[^<>\s]+>")
MAIL_SUBJECT = re.compile(
    r"^(?:subject|asunto|assunto|objet|betreff|oggetto|тема|konu|θέμα|제목|الموضوع|temat)\s*:\s*"
    r"(?P<subject>.+)$",
    re.IGNORECASE,
)
# "Re: Fwd: [list] …": replies, forwards and a mailing list's tag before the subject.
SUBJECT_PREFIXES = re.compile(
    r"^(?:\s*(?:\[[^\]]*\]|(?:re|fwd?|tr|wg|aw|rv|sv|vs|ynt|ιλ|отв|пересл)\s*:))+\s*",
    re.IGNORECASE,
)
# "… – please circulate", "… | pedido de divulgação": a request to the list after the
# subject proper.
SUBJECT_REQUEST = re.compile(r"\s[–—|-]\s+\w[^A-ZА-ЯΑ-Ω]*$")
MAIL_HEADER_REACH = 4
# A webmail page puts its folders and the thread above the forwarded headers.
MAIL_TOP_LINES = 30


# A report's lead into the text it reprints: "The full text and its signatories:".
FULL_TEXT_CUE_LINES = 25


def _title_after_cue(lines: list[Span]) -> str | None:
    """ "Açıklamanın tam metni ve imzacılar şöyle:" / "KIYI YAĞMASINA KARŞI ORTAK
    AÇIKLAMA": a news report reprints the statement under a line that leads into it;
    the statement's own title, which names its kind, is the title rather than the
    report's headline."""
    for previous, line in itertools.pairwise(lines[:FULL_TEXT_CUE_LINES]):
        lead = previous.text.rstrip()
        if lead.endswith(":") and len(lead.split()) > 2 and reads_as_title(line.text):
            return line.text
    return None


def _mail_subject(lines: list[Span]) -> str | None:
    """An e-mail's subject, where the page is an e-mail with its headers ("From: …",
    "Subject: …"): the title its sender gave it."""
    top = lines[:MAIL_TOP_LINES]
    for index, line in enumerate(top):
        match = MAIL_SUBJECT.match(line.text)
        nearby = top[max(0, index - MAIL_HEADER_REACH) : index + MAIL_HEADER_REACH + 1]
        if match and any(MAIL_HEADER.match(other.text) for other in nearby):
            subject = SUBJECT_PREFIXES.sub("", match["subject"])
            request = SUBJECT_REQUEST.search(subject)
            if request and request.group().strip(" –—-|")[:1].islower():
                subject = subject[: request.start()]
            return subject.strip() if _could_be_title(subject) else None
    return None


def _site_header_end(page: Page, heading_lines: list[Span]) -> int:
    """Where the lines above the site's menu end ("WAYRA NEWS" / "Voices of the Andes" /
    menu): none of them is the title, so long as a line under them could be."""
    end = 0
    for index, line in enumerate(heading_lines[:SITE_HEADER_LINES]):
        # The page's date or byline stands at the headline, under the header.
        if _date_line(line.text) or is_byline(line.text) or _next_to_date(line, page.lines):
            break
        if line in page.before_menu:
            end = index + 1
    rest = heading_lines[end:]
    return end if any(_could_be_title(line.text) for line in rest) else 0


ARTICLES = frozenset(words("a an the un una une ein eine uno um uma"))
# What a genre word is followed by when a line describes the text: "Statement of the
# Executive Committee", "An open letter on the closure of …", "Offener Brief an …".
DESCRIBING = frozenset(
    words(
        """
        of on about from by to for in de del des du sur sobre zu an von der di della dei su
        per por para à au aux al a ao do da dos das к по о об от до щодо від про για του της
        των προς
        """
    )
)
NUMBERING = re.compile(r"^(?:n|no|nr|núm|№|\d+)$")
# "To the Prime Minister", "An die Ministerin": who the letter is sent to.
ADDRESSEE = re.compile(
    r"^(?:to|cc|an|al|a\s+la|à|aux|alla|ao|à|к|до|προς|sayın|kime)\b\s*:?\s*\S", re.IGNORECASE
)
ADDRESS_WORDS = 4
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# Words that name a site's section when they stand alone ("News", "Press").
SITE_SECTION_WORDS = frozenset(words("news press release joint common open public unity"))
SITE_HEADER_LINES = 4


def _genre_heading(text: str) -> str | None:
    """ "JOINT STATEMENT", "‼️ ЗАЯВЛЕНИЕ", "MESSAGE DE SOLIDARITÉ": a line that says what
    kind of text follows ("heading"); "Statement of the Executive Committee of …" says
    whose it is too ("descriptor"). Either may stand over the title."""
    tokens = [token.strip(".,;!?«»\"'()*").casefold() for token in text.split()]
    tokens = [token for token in tokens if any(char.isalpha() for char in token)]
    tokens = [token for token in tokens if not NUMBERING.match(token)]
    if tokens and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    genre = 0
    while genre < len(tokens) and tokens[genre] in GENRE_WORDS and tokens[genre] not in DESCRIBING:
        genre += 1
    named = [token for token in tokens[:genre] if token not in LABEL_STOPWORDS]
    # "Statements", "Заяви": the site's section, not what this text is.
    if not named or any(token in GENRE_PLURALS for token in named):
        return None
    if all(token in SITE_SECTION_WORDS for token in named):
        return None
    if genre == len(tokens):
        return "heading"
    letters = [char for char in text if char.isalpha()]
    capitals = "".join(letters).isupper() and len(tokens) <= KICKER_WORDS + 2
    if capitals and tokens[genre] not in DESCRIBING:
        return "heading"
    if tokens[genre] in DESCRIBING and ":" not in text and not text.endswith("."):
        return "descriptor"
    return None


def _announced_title(heading_lines: list[Span], header: int) -> str | None:
    """The line under "JOINT STATEMENT" (or "Open letter to …", "Statement of the … Committee")
    at the top of the text: the genre announces the title, unless a headline above it
    already gave one and the genre line is its subtitle."""
    for index in range(header, len(heading_lines)):
        line = heading_lines[index]
        kind = _genre_heading(without_symbols(line.text))
        if kind is None:
            continue
        above = [
            other
            for other in heading_lines[header:index]
            if _could_be_title(other.text) and not _masthead_like(other.text)
        ]
        if above:
            return None
        following = heading_lines[index + 1] if index + 1 < len(heading_lines) else None
        dated = following is not None and (is_byline(following.text) or _date_line(following.text))
        if dated and not _genre_only(without_symbols(line.text)):
            # "Manifesto for the right to housing" / "Published on 12 August 2024 by …":
            # the page's date under it makes a genre line that says more the headline.
            return line.text
        return _title_below(heading_lines, index)
    return None


def _title_below(lines: list[Span], index: int) -> str | None:
    """The first headline under a genre line, past the addressee and their address."""
    addressed = False
    for line in lines[index + 1 :]:
        text = line.text
        if ADDRESSEE.match(text):
            addressed = True
            continue
        if LETTER_FURNITURE.match(text):
            # "Dear Members of Parliament!": the letter begins; the genre line was its title.
            return None
        if _date_line(text) or is_byline(text) or MAIL_HEADER.match(text):
            continue
        if addressed and len(text.split()) <= ADDRESS_WORDS and not text.endswith("!"):
            continue
        if _genre_heading(without_symbols(text)) or not _could_be_title(text):
            return None
        return None if text.endswith((".", ":")) else _with_continuation(line, lines)
    return None


CONTINUATION_WORDS = 12


def _with_continuation(line: Span, lines: list[Span]) -> str:
    """A headline broken over two lines (a PDF's, or a narrow column's): the second half
    goes on in lower case."""
    index = lines.index(line)
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    goes_on = (
        following[:1].islower()
        and not is_byline(following)
        and not line.text.endswith((".", "!", "?", ":", ";"))
        and len(following.split()) <= CONTINUATION_WORDS
        and not following.endswith((".", ","))
    )
    return f"{line.text} {following}" if goes_on else line.text


GENRE_LABEL = re.compile(
    r"^\s*(?:\[(?P<bracketed>[^\]]{2,40})\]|(?P<label>[^:：]{2,40}?)\s*[:：])\s*\S"
)
LABEL_STOPWORDS = frozenset(words("de of the la el le die der a"))
DOCUMENT_FILE = re.compile(r"\S\.(?:docx?|odt|pdf|rtf|pages|txt|xlsx?|pptx?)\b", re.IGNORECASE)
# An account's name as a social network writes it before a post: "climate_justice_kr".
POST_ACCOUNT = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)+\s+(?=\S)")


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
        # "climate_justice_kr 📢 [공동성명] …": a post opens on its account's name.
        text = without_symbols(POST_ACCOUNT.sub("", line.text))
        # "[Accueil-info] Déclaration commune : …": a mailing list's tag before it.
        for labelled in (text, SUBJECT_PREFIXES.sub("", text)):
            if _genre_labelled(labelled):
                return labelled.strip()
    return None


def _genre_labelled(text: str) -> bool:
    match = GENRE_LABEL.match(text)
    if not match:
        return False
    label = (match["bracketed"] or match["label"]).casefold().split()
    genre = [word.strip(".,") for word in label]
    # "Open letter to Halvorsen Logistics: …": the genre, then whom it is sent to.
    addressed = next(
        (i for i, word in enumerate(genre) if i and ADDRESSEE.match(word + " x")), None
    )
    if addressed is not None:
        genre = genre[:addressed]
    return (
        0 < len(genre) <= 3
        and all(word in GENRE_WORDS and word not in GENRE_PLURALS for word in genre)
        and any(word not in LABEL_STOPWORDS for word in genre)
    )


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
    capitals above a headline in ordinary case ("NOTA PÚBLICA 🧵 (1/7)": a thread's first
    post, its mark and count aside)."""
    text = without_trailing_symbols(THREAD_COUNTER.sub("", text))
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


def _is_site_title_bar(text: str) -> bool:
    """ "Sign-on letter | Prairie Health Coalition": a browser's title bar naming the kind
    of page and the organisation whose site it is; the headline is elsewhere."""
    parts = text.split(TITLE_BAR)
    if len(parts) != 2:
        return False
    genre_only = [_genre_only(part) for part in parts]
    return any(
        only and has_org_word(other)
        for only, other in zip(genre_only, reversed(parts), strict=True)
    )


# A Chinese or Japanese title is a few words, written without spaces between them.
CJK_TITLE_CHARS = 6


def _could_be_title(text: str) -> bool:
    words = text.split()
    # "【聯合聲明】漁工不是消耗品": Chinese and Japanese write a title without spaces.
    unspaced = writing_of(text) == "CJK" and len(text) >= CJK_TITLE_CHARS
    if not words or len(words) > MAX_TITLE_WORDS or (len(words) < 2 and not unspaced):
        return False
    if _is_site_title_bar(text) or _is_section_breadcrumb(text) or "\t" in text:
        # ("1⇥Name⇥Organisation": a spreadsheet's row.)
        return False
    if _date_line(text) or MAIL_HEADER.match(text) or MAIL_SENDER.search(text):
        return False
    if LETTER_FURNITURE.match(text):
        # "Sehr geehrte Mitglieder der Landesregierung,": the letter's greeting.
        return False
    if DOCUMENT_FILE.search(text):
        # "Відкритий_лист_фінал_v7.docx — Збережено": an editor's title bar, with the file.
        return False
    # "23 October at 14:05 · 🌍": when a post went up, its year left out.
    if CLOCK_TIME.search(text) and len(words) <= BYLINE_WORDS:
        return False
    if _is_signature_counter(words) or BYLINE.match(text) or words[0][0].islower():
        return False
    if _genre_only(text):
        # "Joint statement", "Comunicado conjunto": what the page is, not its title.
        return False
    sentences = re.findall(r"[.!?](?:\s|$)", text)
    return not (text.endswith(".") and len(sentences) > 1 and len(words) > 20)


# Genre words that describe a text rather than name its kind: an organisation's name may
# open on them ("Open Society …", "Common Cause", "Public Services International").
GENRE_ADJECTIVES = frozenset(
    words(
        """
        joint common open unity public pública público conjunto conjunta abierta aberta
        commune ouverte gemeinsame offener congiunta aperta совместное открытое спільна
        відкритий ortak açık κοινή ανοιχτή مشترك مفتوحة news press prensa imprensa basın
        sign-on
        """
    )
)
TITLE_ENTRY_WORDS = 4
# The words for a kind of text, folded to compare with a title in capitals.
GENRE_NOUNS = frozenset(
    fold_word(word) for word in GENRE_WORDS - GENRE_ADJECTIVES - LABEL_STOPWORDS - GENRE_PLURALS
)


def reads_as_title(name: str) -> bool:
    """ "نداء من أجل إعلان …", "Appeal for the release of …": an entry that opens on a
    word for a kind of text, runs on, and names no organisation is a text's title that
    stands next to its list, not a signatory."""
    tokens = [token.strip(".,:;!?«»\"'()").casefold() for token in name.split()]
    if len(tokens) < TITLE_ENTRY_WORDS or tokens[0] in ARTICLES:
        return False
    # "Appeal for …" opens on the word; "KIYI YAĞMASINA KARŞI ORTAK AÇIKLAMA", "… 공동성명"
    # close on it.
    return any(fold_word(token) in GENRE_NOUNS for token in (tokens[0], tokens[-1])) and (
        not has_org_word(name)
    )


def _is_section_breadcrumb(text: str) -> bool:
    """ "Basın Açıklamaları / Ortak Açıklama", "Statements / Joint statements": the site's
    sections, one under the other, all named by genre words."""
    parts = re.split(r"\s+[/›>»]\s+", text)
    return len(parts) >= 2 and all(_genre_only(part) for part in parts)


def _genre_only(text: str) -> bool:
    """ "Sign-on letter", "Basın Açıklamaları": nothing but words for kinds of text."""
    tokens = [token.strip(".,:;!?()|*").casefold() for token in text.split()]
    named = [token for token in tokens if any(char.isalnum() for char in token)]
    return bool(named) and all(token in GENRE_WORDS for token in named)


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
