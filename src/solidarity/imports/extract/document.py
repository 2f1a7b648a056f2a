"""The parts of a statement around its list: title, date, issuer, body, demands."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .columns import (
    column_of,
)
from .countries import country_list
from .dates import find_date, is_day_name
from .digests import digest_contents
from .forms import FORM_EMAIL_FIELD, FORM_FIELD_WORDS, fields_row, is_form_field
from .headings import has_cue, is_heading, kind_under
from .languages import URL, is_language_switch, translation_links
from .lexicon import (
    SIGNING_CUES,
)
from .marks import RULE_LINE, strip_marker
from .model import ORGANIZATION
from .names import (
    classify_kind,
    first_letter,
    has_org_word,
    is_acronym,
    is_body_paragraph,
    is_uncased,
    looks_like_person,
    name_span_at_start,
)
from .pagewords import (
    ACCOUNT_LINK,
    COMMENTS_COUNT,
    CONTACT_WORD,
    DEMANDS_HEADING,
    DEMANDS_LEAD,
    FEED_HEADING,
    FILE_LINK,
    FOLLOWING,
    ISSUER_PATTERNS,
    NAME_PLACE_AND_WHEN,
    NOISE_LINE,
    NOTES_HEADING,
    PLACE_AND_WHEN,
    POST_BUTTONS,
    POST_COUNTS,
    PRESS_LABEL,
    PRIVACY_POLICY,
    RECENT_SIGNERS_HEADING,
    RELATED_HEADING,
    REPLYING_TO,
    RIGHTS_RESERVED,
    TAGS_HEADING,
    TERMS_OF_USE,
    THREAD_HEADING,
    TICKER_LINE,
)
from .signatures import signature_furniture
from .text import Span, inside_wrapped_run, split_lines

MAX_TITLE_WORDS = 30
MAX_DEMAND_WORDS = 25
ABBREVIATED_END = re.compile(r"(?:\b\w|e\.V|a\. ?D|Inc|Ltd|Co)\.$")
PAGE_DATE = re.compile(
    r"published|posted|updated|last\s+modified|publicado|actualizado|publié|mis\s+à\s+jour|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|atualizado|опубликовано|обновлено|"
    r"опубліковано|оновлено|yayınlanma|yayınlandı|güncellendi|δημοσιεύθηκε|δημοσίευση|"
    r"ενημερώθηκε|게시|입력|수정|نشر|تحديث",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^(?:by|por|par|von|di|da|от|від|από)\s+\S+(?:\s+\S+){0,3}(?:\s*[|·,–-].*)?$",
    re.IGNORECASE,
)
BYLINE_WORDS = 10
BULLET = re.compile(r"^\s*[•*·●▪►✓-]\s+")
FOOTNOTE = re.compile(
    r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3}|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s*\S"
)
REFERENCE_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])")
CREDIT = re.compile(
    r"^(?:photo|foto|fotoğraf|image|picture|credit|crédito|crédit|bild|фото|фотографія|"
    r"φωτογραφία|사진|(?:ال)?صورة|تصوير)\b",
    re.IGNORECASE,
)
# "Email ThisBlogThis!Share to XShare to Facebook": a row of share buttons.
SHARE_TARGETS = re.compile(
    r"facebook|twitter|whatsapp|telegram|pinterest|linkedin|reddit|blogthis|share\s+to|"
    r"فيسبوك|فايسبوك|واتساب|تويتر|تلغرام|تيليغرام|фейсбук|телеграм|вотсап|"
    r"e-?mail\s+this",
    re.IGNORECASE,
)
SHARE_VERB = re.compile(
    r"share|blogthis|e-?mail\s+this|tweet|compartir|compartilhar|partager|teilen|condividi|"
    r"поделиться|поділитися|paylaş|κοινοποίηση|공유|مشاركة|شارك|分享|シェア",
    re.IGNORECASE,
)
SHARE_BAR_WORDS = 8
# "4 min read", "Tiempo de lectura: 4 min", "Lesezeit: 4 Min.": the page's reading time.
READING_TIME = re.compile(r"\b\d+\s*(?:min|мин|хв|dk|λεπτ|분|دقائق)", re.IGNORECASE)
# Codes apart, "EN | ES", "en es": never a word read two letters at a time ("France").
NAVIGATION_SEPARATORS = re.compile(r"\s+(?:[|›»>/·•→]|::)\s+|\s*[|›»]\s*|\s{2,}")
BREADCRUMB_ARROW = re.compile(r"\s[›>→]\s")
SEPARATOR_SYMBOL = re.compile(r"[|›»>/·•→]|::")
# A menu's links set apart by spaces alone are a word or two each.
SPACED_MENU_ITEM_WORDS = 2
GUILLEMET_QUOTE = re.compile(r"«(?P<inner>[^«»]*)»")
FOOTER_SEPARATORS = re.compile(r"\s+[–—|·•]\s+")
FOOTER_PARTS = 3
FOOTER_WORDS = 40
BUTTON = re.compile(r"\[([^\[\]]{1,30})\]")
WIDE_GAP_END = re.compile(r"(?:\t| {3,})$")
PRESS_LABEL_END = re.compile(rf"(?<=\s){PRESS_LABEL}\s*$", re.IGNORECASE)
PAGE_NUMBER = re.compile(
    r"\b(?:page|pages|página|pagina|pág\.|pag\.|p\.|seite|s\.|страница|стр\.|сторінка|стор\.|sayfa|strona|str\.|"
    r"σελίδα|σελ\.|페이지|صفحة)\s*\d{1,4}(?:\s*(?:/|of|de|di|von|из|з|από|z)\s*\d{1,4})?\s*$|"
    # "第 1 頁, 共 2 頁", "1ページ": the page in Chinese or Japanese.
    r"^第\s*\d{1,4}\s*[頁页](?:\s*[,,]\s*共\s*\d{1,4}\s*[頁页])?$|"
    # "— 2 —", "― 3 ―": the number alone between dashes.
    r"^[-–—―]\s*\d{1,4}\s*[-–—―]$|"
    # "… 1/4", "… 2 de 4" after the page's wide gap: the page and the pages, or the
    # page alone ("ΚΟΙΝΗ ΔΗΛΩΣΗ – ΚΑΥΣΩΝΑΣ      2").
    r"(?:^|\s)\d{1,3}(?:\s*(?:/|of|de|di|von|из|з|από)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)
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
    "首頁",
    "首页",
    "ホーム",
    "トップ",
}
COOKIE = re.compile(r"cookie|çerez|쿠키|куки|ملفات تعريف الارتباط", re.IGNORECASE)
FOOTER_LINKS = 6
CAPTION_WORDS_BEFORE_DATE = 2


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
    related = form = thread = started = cookie_buttons = feed = False
    all_lines = split_lines(text)
    headers = _running_headers(text, all_lines)
    signatures = signature_furniture(text, all_lines) | digest_contents(all_lines)
    for index, line in enumerate(all_lines):
        if index in signatures:
            continue
        # The text has begun at its first sentence of some length.
        started = (
            started or len(line.text.split()) >= SENTENCE_LINE_WORDS or is_body_paragraph(line.text)
        )
        # "Accept all" / "Manage preferences": a cookie banner's buttons, right under it.
        joined = index > 0 and "\n\n" not in text[all_lines[index - 1].end : line.start]
        cookie_buttons = cookie_buttons and joined and len(line.text.split()) <= COOKIE_BUTTON_WORDS
        links = translation_links(line.text)
        # "Confira a lista de entidades signatárias:": the list's heading ends whatever
        # furniture came before it.
        list_heading = line.text.endswith(":") and has_cue(line.text)
        # Readers' comments under a heading of their own run to their end, a disclaimer's
        # sentence and all ("4 commentaires", "댓글 3" under a title count them).
        feed_heading = _feed_heading(all_lines, index)
        feed = (feed and not list_heading) or (
            started and feed_heading and not re.search(r"\d", line.text)
        )
        # Below "Related articles" come other pages' titles, up to the next paragraph.
        related = (
            (related and len(line.text.split()) <= MAX_TITLE_WORDS // 2 and not list_heading)
            or feed
            or (
                # "Más noticias / More news": the heading and its translation, under the
                # text ("더 보기" in a menu above it is a button).
                started
                and any(RELATED_HEADING.match(part.strip()) for part in line.text.split(" / "))
            )
            # Readers' comments, a petition's recent signers: not the text; nor a post's
            # tags, one a line under their heading.
            or feed_heading
            or bool(THREAD_HEADING.match(line.text))
            or (started and bool(TAGS_HEADING.match(line.text)))
        )
        # A post's count or button bar: its readers' thread follows, to the end.
        thread = thread or bool(
            POST_BUTTONS.match(line.text)
            or POST_COUNTS.search(line.text)
            or COMMENTS_COUNT.match(line.text)
        )
        if REPLYING_TO.match(line.text):
            # "Emre Kılıç / @emrekilic_34 / 3 Mar / Replying to @btda_ag": the reply's
            # header above it is the replier's, and the replies go on to the end.
            thread = True
            header_start = line.start
            while page.lines and "\n\n" not in text[page.lines[-1].end : header_start]:
                header_start = page.lines.pop().start
        # A form's e-mail field: the required fields above it ("Name*") and the short
        # labels and buttons below it are the form too.
        if FORM_EMAIL_FIELD.match(line.text) or fields_row(line.text):
            form = True
            while page.lines and is_form_field(page.lines[-1].text):
                page.lines.pop()
        else:
            form = form and len(line.text.split()) <= FORM_FIELD_WORDS
        if links:
            page.translations.extend(links)
        elif (
            related
            or form
            or cookie_buttons
            or thread
            or _related_link(line.text)
            or line.text in headers
            or is_noise(all_lines, index)
        ):
            # A photo credit under the title is no sign of a page header.
            cookie_buttons = cookie_buttons or _is_cookie_banner(line.text)
            credit = bool(CREDIT.match(line.text))
            if page.lines and page.lines[-1] is all_lines[index - 1] and not credit:
                page.before_furniture.add(page.lines[-1])
                if _is_navigation(line.text):
                    page.before_menu.add(page.lines[-1])
        else:
            page.lines.append(line)
    _without_vertical_menu(page, text)
    _without_footer_menu(page, text)
    return page


# "About" / "Affiliates" / "Campaigns" / "News" / "Join": a menu copied one item a line.
MENU_ITEM_WORDS = 3
MENU_ITEMS = 4
SENTENCE_LINE_WORDS = 10
MENU_TOP_LINES = 4
FOOTER_MENU_LINES = 12


def _without_vertical_menu(page: Page, text: str) -> None:
    """A menu copied one item per line at the top of the page: a run of lines of a few
    words next to each other, among the first lines, before any sentence or heading
    ("Signed:" over four names is a list). The line above it names the site."""
    lines = page.lines
    index = 0
    while index < min(len(lines), MENU_TOP_LINES) and not _sentence_or_heading(lines[index].text):
        end = _menu_end(lines, index, text)
        if end - index >= MENU_ITEMS:
            # "Riverlight Alliance" / "About us" / "Our work" / …: a menu opening the page
            # is under the site's name; one lower is under the line above it.
            site = index or 1
            page.before_menu.add(lines[site - 1])
            page.before_furniture.add(lines[site - 1])
            del lines[site:end]
            return
        index = max(end, index + 1)


def _without_footer_menu(page: Page, text: str) -> None:
    """ "About" / "Blog" / "Press" / "Jobs" / "Help" among the page's last lines: the
    footer's links, one a line. Not under a heading or a greeting ("Signed:", "In
    solidarity,"), and no item names a group or a person, as a list's last names would."""
    lines = page.lines
    for index in range(max(1, len(lines) - FOOTER_MENU_LINES), len(lines)):
        # Nor the rest of a list going on from the line right above, no blank between, in
        # a script whose names no capital marks ("みどりの手" / "干潟ネット関東").
        joined = "\n\n" not in text[lines[index - 1].end : lines[index].start]
        uncased = joined and is_uncased(first_letter(lines[index].text))
        # "【賛同個人】" over the names: a heading of the list's part.
        above = lines[index - 1].text
        if above.endswith((":", ",")) or kind_under(above) or uncased:
            continue
        end = _menu_end(lines, index, text)
        items = [line.text for line in lines[index:end]]
        if len(items) >= MENU_ITEMS and not any(
            is_acronym(item) or has_org_word(item) or looks_like_person(item) or kind_under(item)
            for item in items
        ):
            del lines[index:end]
            return


def _menu_end(lines: list[Span], index: int, text: str) -> int:
    """Where a run of menu items from the index ends: lines of a few words without
    figures, punctuation or a note in brackets, not in lower case, with no blank line
    between them."""
    end = index
    while (
        end < len(lines)
        and len(lines[end].text.split()) <= MENU_ITEM_WORDS
        and not lines[end].text[:1].islower()
        and not any(char.isdigit() or char in ".,:;!?(" for char in lines[end].text)
        and (end == index or "\n\n" not in text[lines[end - 1].end : lines[end].start])
    ):
        end += 1
    return end


def _sentence_or_heading(text: str) -> bool:
    """ "Signed:", "We stand with them.": not a menu item ("Вимк." abbreviates one)."""
    return text.endswith(":") or (len(text.split()) >= 3 and text.endswith((".", "!", "?")))


def _related_link(text: str) -> bool:
    """ "Read also: Unions against the new labour code": a link to another page, its
    heading and title on one line."""
    heading, colon, title = text.partition(":")
    return bool(colon and title.strip() and RELATED_HEADING.match(heading.strip()))


# Cells of a row set apart by a tab or by spaces: a table's line.
COLUMN_GAP = re.compile(r"\S(?:\t| {3,})\S")


def _running_headers(text: str, lines: list[Span]) -> set[str]:
    """A PDF's running header: the line that opens a page (after the form feed a
    converter writes between pages) and repeats on another page; or the line that
    opens two pages at least, the first page's top and those under a page number."""
    counts = Counter(line.text for line in lines)
    page_tops = Counter(
        line.text
        for index, line in enumerate(lines)
        if index == 0
        or _is_page_header(lines[index - 1].text)
        # "— 1 —" / "______" / the next page's header: a rule under the page number.
        or (
            index >= 2
            and RULE_LINE.match(lines[index - 1].text)
            and _is_page_header(lines[index - 2].text)
        )
    )
    return {
        line.text
        for line in lines
        if counts[line.text] > 1
        and (
            text[max(0, line.start - 80) : line.start].rstrip(" \t\n").endswith("\f")
            # (A table's header repeated on the new page is the table's, and a rule
            # under the page number divides the page: both stay.)
            or (
                page_tops[line.text] > 1
                and not COLUMN_GAP.search(line.text)
                and any(char.isalpha() for char in line.text)
            )
        )
    }


def _feed_heading(lines: list[Span], index: int) -> bool:
    """ "Comments", "Recent signatures" over readers' or signers' lines that are no
    statement's list: a petition's latest signers are its ticker when the lines under
    the heading say when each signed ("Amira K. signed 3 minutes ago"), and the list of
    signatories when they give names and towns only ("Maria Santos — Contagem, MG")."""
    text = lines[index].text
    if not FEED_HEADING.match(text):
        return False
    if RECENT_SIGNERS_HEADING.match(text):
        return any(
            TICKER_LINE.search(line.text)
            and not PLACE_AND_WHEN.match(line.text)
            and not NAME_PLACE_AND_WHEN.match(line.text)
            for line in lines[index + 1 : index + 4]
        )
    return True


def is_noise(lines: list[Span], index: int) -> bool:
    text = lines[index].text
    if NOISE_LINE.match(text) or _is_share_bar(text):
        return True
    if _is_navigation(text) and not inside_wrapped_run(lines, index):
        return True
    if TERMS_OF_USE.search(text) and PRIVACY_POLICY.search(text):
        return True
    unmarked = strip_marker(text)
    if unmarked != text and NOISE_LINE.match(unmarked):
        # "🖼 Fotoğraf: Baran Toprak", "• Share": furniture behind a pictograph or bullet.
        return True
    if _is_site_footer(text) or _is_page_header(text) or _is_buttons(text):
        return True
    if _is_cookie_banner(text):
        return True
    if FILE_LINK.search(text) and len(text.split()) <= FILE_LINK_WORDS:
        return True
    if _is_contact_label(text) or (
        RIGHTS_RESERVED.search(text) and len(text.split()) <= RIGHTS_LINE_WORDS
    ):
        return True
    links = text.split()
    # A footer row sets its links apart with wide gaps; a text line is ruled out first.
    spaced = "  " in text or "·" in text
    if spaced and 2 <= len(links) <= FOOTER_LINKS and all(NOISE_LINE.match(w) for w in links):
        # "Impressum  Datenschutz", "Privacy Terms Contact": a footer's links in a row.
        return True
    if is_language_switch(text) or (
        READING_TIME.search(text) and len(text.split()) <= BYLINE_WORDS and not find_date(text)
    ):
        return True
    # A photo caption: the dated line just above its credit ("Rally at the docks, 3 May
    # 2022" / "Photo: …"); an undated one may be the title over the page's lead picture.
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    captioned = bool(CREDIT.match(following)) and len(text.split()) <= 25
    if not captioned:
        return False
    # Also a caption: a sentence, which a title above the lead picture rarely is.
    described = text.endswith(".") and not ABBREVIATED_END.search(text)
    # "Brasília, 3 de março de 2026." over a photo's credit still dates the statement, and
    # so does a line that opens with its date ("26 Kasım 2024 - 13:05 | Newsroom"); a
    # caption tells what the photo shows before its date.
    found = find_date(text)
    told = found is not None and len(text[: found[1]].split()) >= CAPTION_WORDS_BEFORE_DATE
    dated = told and not _signing_dateline(text)
    return dated or (described and not _signing_dateline(text))


def _is_cookie_banner(text: str) -> bool:
    return bool(COOKIE.search(text)) and len(text.split()) <= COOKIE_BANNER_WORDS


COOKIE_BANNER_WORDS = 60
COOKIE_BUTTON_WORDS = 3
CONTACT_LABEL_WORDS = 9
FILE_LINK_WORDS = 12
RIGHTS_LINE_WORDS = 20


def _is_contact_label(text: str) -> bool:
    """ "Για επικοινωνία με τον Τύπο: Name", "Press contact for Europe: Name": a label of a
    few words with a contact word among them, then whom to reach."""
    label, colon, _ = text.partition(":")
    return (
        bool(colon)
        and len(label.split()) <= CONTACT_LABEL_WORDS
        and bool(CONTACT_WORD.search(label))
    )


def _is_navigation(text: str) -> bool:
    """ "Home | News | Contact", "Inicio › Noticias › Declaraciones": menus, breadcrumbs."""
    cells = text.split("\t")
    if len(cells) >= 2 and all(column_of(cell.strip()) for cell in cells):
        # "Lp.⇥Imię i nazwisko / Nazwa⇥Typ": a spreadsheet's header, its labels / others.
        return False
    # "Союз «Независимость» / Union “Independence”": a guillemet that closes a quoted name
    # separates no menu items.
    unquoted = GUILLEMET_QUOTE.sub(r"\g<inner>", text)
    parts = [part.strip() for part in NAVIGATION_SEPARATORS.split(unquoted)]
    words = unquoted.split()
    if len(parts) < 2 and words[:1] and words[0] in HOME_WORDS and is_uncased(words[0][0]):
        # "首頁　關於我們　議題　行動": Chinese and Japanese part a menu's items by a space
        # of their own, read as one.
        parts = words
    # "You are here: Home » Statements": a label before the breadcrumb.
    parts[0] = parts[0].rpartition(":")[2].strip()
    # "Home » Statements » Manifesto for the right to housing": a breadcrumb from the home
    # page ends on the page itself, named by its own title, however long.
    from_home = len(parts) >= 3 and parts[0].casefold() in HOME_WORDS
    crumbs = parts[:-1] if from_home else parts
    if len(parts) < 2 or any(len(part.split()) > 4 for part in crumbs):
        return False
    # "Giriş Yap | Üye Ol", "Увійти   Створити новий обліковий запис": the account's links.
    account = any(ACCOUNT_LINK.match(part) for part in parts)
    if (
        not account
        and not SEPARATOR_SYMBOL.search(unquoted)
        and len(unquoted.split()) > SPACED_MENU_ITEM_WORDS * len(parts)
    ):
        # "Mná an Iarthair    Gráinne Ní Mhaoláin    Gaoth Sáile": a printed table's row,
        # its cells apart by spaces only, longer than a menu's one- or two-word links.
        return False
    if any(", " in part for part in parts):
        # "Brandl, Otto    Prof. Dr.    Zentrum für Raumplanung, Graz": a table's row; a
        # menu's items hold no commas.
        return False
    if 2 * sum("(" in part for part in parts) >= len(parts):
        # "Rojda Aydın (oyuncu) · Azad Demir (yönetmen) · …": names with their notes.
        return False
    if parts[0].isdigit() or all(column_of(part) for part in parts) or country_list(parts[-1]):
        # "2    TEISSIER Paul    Confédération paysanne    France": a numbered table row,
        # or one closing on its country; "N°    Nom    Organisation    Pays": its header.
        return False
    if any(find_date(part) for part in parts):
        # "Posted: 10 July 2025 | Lima / Quito", "By A. Writer | July 17, 2024 | Updated
        # 3:42 p.m.": the page's date and byline, not a menu.
        return False
    # "Campaigns › Housing": only a breadcrumb points from one part to the next.
    pointed = bool(BREADCRUMB_ARROW.search(text))
    # "プライバシーポリシー | サイトマップ": two of a footer's links.
    footer = all(NOISE_LINE.match(part) for part in parts)
    return len(parts) >= 3 or pointed or account or footer or parts[0].casefold() in HOME_WORDS


def _is_buttons(text: str) -> bool:
    """ "[Subscribe]   [Share]", "[Sign]": a page's buttons, two or more or one that says
    what a button says ("[국내]" alone is a heading)."""
    if not text.startswith("["):
        return False
    labels = BUTTON.findall(text)
    whole = bool(labels) and not BUTTON.sub("", text).strip()
    return whole and (len(labels) >= 2 or bool(NOISE_LINE.match(labels[0])))


LABELLED_PART = re.compile(r"^[^:]{1,30}:\s*\S")
# "c/o Circolo, Via del Molo 1, 16126 Genova", "PO Box 12", "CF 0000", "Reg. no. 000-00":
# an address or a registration in a footer's part.
ADDRESS_PART = re.compile(
    r"\bc/o\b|\b(?:p\.?\s?o\.?\s+box|postfach|apartado|caixa\s+postal|b\.?p\.)\s*\d|"
    r"\b\d{4,5}\s+[^\W\d_]{3,}|\b(?:cf|c\.f\.|p\.?\s?iva|vat|reg\.?\s*no|siret|cnpj|инн|"
    r"company\s+no|charity\s+no|registered\s+charity|"
    r"едрпоу|vkn|αφμ)\b\.?:?\s*[\d-]{4,}",
    re.IGNORECASE,
)


def _is_site_footer(text: str) -> bool:
    """ "Chamber of Delegates – 1 Main Square – 00100 Town – Legal notice", "Union X | 12
    Dock Road, Seoul | President: A. Name | Reg. no. 000-00", "Porti Aperti – Rete … · c/o
    Circolo, Via del Molo 1, 16126 Genova – CF 0000": the site's name, its address or
    registration, a label or the footer's links, in three or more parts between dashes,
    bars or dots; never the page's date line ("07 Ekim 2025 | Basın Açıklamaları")."""
    parts = [part.strip() for part in FOOTER_SEPARATORS.split(text)]
    # Bars and dots set a footer's parts apart; dashes also a list's names from their towns.
    barred = " | " in text or " · " in text
    addressed = any(ADDRESS_PART.search(part) for part in parts)
    # "Bündnis X · c/o Stadtteilladen, Musterstraße 12, 04109 Leipzig": a name and its
    # address are footer enough.
    few = len(parts) < FOOTER_PARTS and not (barred and addressed and len(parts) == 2)
    if few or len(text.split()) > FOOTER_WORDS:
        return False
    footer = (
        bool(NOISE_LINE.match(parts[-1]))
        # "Bahia: Rádio A · Coletivo B · Rádio C": a label before the first part heads a
        # list's line, not a footer's.
        or (barred and any(LABELLED_PART.match(part) for part in parts[1:]))
        or addressed
    )
    return footer and find_date(text) is None


RULED_LABEL = re.compile(r"^[─━═=_*~-]{2,}\s*(?P<label>\S.*?)\s*[─━═=_*~-]{2,}$")


def _is_page_header(text: str) -> bool:
    """ "UNION NEWS – 3/2026      Page 2", "Page 2 of 4", "FAIR HOMES      PRESS RELEASE":
    a printed page's header or footer, its page number or its label alone or set apart by
    a wide gap; "─── Σελίδα 2 ───", a page break between rules ("-- 2 of 3 --", a number
    alone, stays a line: it parts the pages' lists)."""
    ruled = RULED_LABEL.match(text)
    text = ruled["label"] if ruled and not ruled["label"][:1].isdigit() else text
    marker = PAGE_NUMBER.search(text) if text[-1:].isdigit() or text[:1] in "-–—―第" else None
    if marker is None and ("   " in text or "\t" in text):
        marker = PRESS_LABEL_END.search(text)
    return marker is not None and (
        marker.start() == 0 or bool(WIDE_GAP_END.search(text[: marker.start()]))
    )


def _is_share_bar(text: str) -> bool:
    """ "Share to Facebook", "Compartir en Twitter", "Facebook Twitter WhatsApp", "Sign the
    letter | Share": a row of buttons to share or sign the page."""
    targets = len(SHARE_TARGETS.findall(text))
    short = len(text.split()) <= SHARE_BAR_WORDS
    if targets >= 3 or (targets >= 1 and short and bool(SHARE_VERB.search(text))):
        return True
    buttons = [part.split() for part in re.split(r"\s[|·]\s", text)]
    return (
        short
        and len(buttons) >= 2
        and all(
            words_ and (words_[0] in SIGNING_CUES or SHARE_VERB.match(words_[0]))
            for words_ in buttons
        )
    )


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


def demand_lists(text: str, lines: list[Span]) -> list[Span]:
    """The short lines right under "Our demands" / "Exigimos:": demands, not signatories.
    They run on line after line; a blank line ends them unless the next one is an
    exclamation, so a list of signatories after them is not swallowed."""
    found: list[Span] = []
    under = False
    previous: Span | None = None
    lead: Span | None = None
    # Whether the demands so far are bulleted or numbered; None before the first.
    marked: bool | None = None
    for line in lines:
        if DEMANDS_HEADING.match(strip_marker(line.text)):
            under, marked = True, None
            found.append(line)
            previous = line
            continue
        if DEMANDS_LEAD.search(line.text) and (
            line.text.endswith(":") or FOLLOWING.search(line.text)
        ):
            # "… we demand the following.": a paragraph of the text that leads into them.
            under, previous, lead, marked = True, line, line, None
            continue
        bulleted = strip_marker(line.text) != line.text
        # Where no blank line sets them apart, bulleted demands end at the first line
        # without a bullet ("Bologna, 12 novembre 2023", "Aderiscono:").
        ends_bullets = marked is True and not bulleted
        if under and (ends_bullets or is_heading(line.text)):
            under = False
        # A blank line may follow the heading, not separate two demands.
        first = (previous is not None and previous is lead) or (
            bool(found)
            and previous is found[-1]
            and bool(DEMANDS_HEADING.match(strip_marker(previous.text)))
        )
        adjacent = previous is not None and "\n\n" not in text[previous.end : line.start]
        short = len(line.text.split()) <= MAX_DEMAND_WORDS // 2
        under = under and short and (bool(first) or adjacent or line.text.endswith("!"))
        if under:
            found.append(line)
            marked = bulleted if marked is None else marked
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
