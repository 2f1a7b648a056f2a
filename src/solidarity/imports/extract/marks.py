"""What stands around a name on its line: a list's marker (number, bullet, pictograph,
flag, logo label), a messenger's stars, an account's handle, a label in brackets, and the
contact details that make a line no name at all."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Span, bracketed_inner, mask_brackets

# A Roman numeral numbers a line too ("XIV. Name"); a single I, V or X only before two
# words, so that an initial ("V. Ivanov") stays.
ROMAN_NUMBER = r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
ROMAN_NUMERAL = rf"(?:{ROMAN_NUMBER}|[IVX](?=[.)]\s+[^\W\d_][^\s,]*\s+[^\W\d_]))"
# "🔹 Name", "✅ Name", "➡️ Name", "1️⃣ Name": pictographs and keycap digits bullet a social
# media post's list (arrows, shapes, dingbats, emoji; a flag's regional letters excluded,
# since a flag heads a country's group).
PICTOGRAPH = "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
# ("✊🏾", "🧑‍🏫": a skin tone or a joined pictograph after it is the same bullet.)
SKIN_TONE = "[\U0001f3fb-\U0001f3ff]"
PICTOGRAPH_BULLET = (
    rf"(?:{PICTOGRAPH}|\d\ufe0f?\u20e3)\ufe0f?(?:{SKIN_TONE}|\u200d{PICTOGRAPH}\ufe0f?)*"
)
# "🇮🇹 Name": a flag before each entry says its country (two regional indicator letters,
# the country's ISO code); over a group with a colon it heads it instead ("🇧🇷 Brasil:").
FLAG = "[\U0001f1e6-\U0001f1ff]{2}"
# The word for a logo in the shipped languages, as a wall of logos' alternative texts
# writes it.
LOGO_WORD = r"logo(?:s|su|tipo|type|marca|typ)?|логотип|лого|λογότυπο|شعار|로고"
# "Logo: Name", "로고: 이름".
LOGO_LABEL = rf"(?i:{LOGO_WORD})\s*:(?=\s*\S)"
# "Logo de la Asamblea por el Agua", "Logo of the Dock Union", "Tenants Union – logo": a
# logo's alternative text names its organisation.
LOGO_ALT = re.compile(
    rf"^(?i:{LOGO_WORD})\s+(?i:(?:de\s+la|de\s+los|de\s+las|"
    r"del|de|of\s+the|of|du|de\s+l['’]|des|der|des|di|della|dello|do|da|dos|das)\s+)?(?=[^\W\d_])"
    r"|\s+(?:[–—-]\s+)?(?i:logo)$"
)
LOGO_WORDS = re.compile(LOGO_WORD, re.IGNORECASE)
STARRED = re.compile(r"(?<![\w*])\*(?P<inner>[^*\s][^*]*?)\*(?![\w*])")
# "一、", "(三)": Chinese and Japanese number a list's items with their own numerals.
CHINESE_NUMBERED = r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)"
# "أولاً – …", "ثانياً: …": Arabic numbers a list's parts with ordinal words.
ARABIC_ORDINAL = r"(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)ً?\s*[:–—-]"
LIST_MARKER = re.compile(
    r"^\s*(?:\(?\d{1,5}[.)]|\(?[a-zа-яєіїґα-ω]\)(?=\s)|\[\d{1,5}\]|[-–—•*·●▪►✓+・]\ufe0f?|\d{1,5}\s*[-–—]|\d{1,5}\t"
    rf"|{ROMAN_NUMERAL}[.)](?=\s)|{PICTOGRAPH_BULLET}(?=\s)|{LOGO_LABEL}|{FLAG}(?=\s)"
    rf"|{CHINESE_NUMBERED}|{ARABIC_ORDINAL})\s*"
)
FLAG_BULLET = re.compile(rf"^\s*(?P<flag>{FLAG})\s")
FLAG_AFTER_BULLET = re.compile(rf"^{FLAG}\s")
REGIONAL_INDICATOR_A = 0x1F1E6
# "@klimagraz", "@klimagraz@social-graz.example": an account on a social network.
ACCOUNT = r"@[\w.]+(?:@[\w.-]+\.\w+)?"
HANDLE = re.compile(rf"\s+(?P<handle>{ACCOUNT})$")
ACCOUNT_NOTE = re.compile(ACCOUNT)
# "@UniGenclikPlt" alone on its line: a post's header, under the account's name.
ACCOUNT_LINE = re.compile(rf"^\s*{ACCOUNT}\s*$")


def over_handle(lines: list[Span], index: int) -> bool:
    """ "Rede Marajoara de Justiça Climática" over "@redemarajoara.example": the line is
    the name of the account that posts."""
    return index + 1 < len(lines) and bool(ACCOUNT_LINE.match(lines[index + 1].text))


# "Samuel Okafor in arte "Sam O."", "Ana Ruiz aka "La Negra"": the name a person
# performs or is known under, in quotes (before the post in brackets, if any).
STAGE_NAME = re.compile(
    r",?\s+(?:in\s+arte|aka|a\.k\.a\.|alias|detto|detta|dit|dite|genannt|conocid[oa]\s+como|"
    r"conhecid[oa]\s+como|известн\w+\s+как|відом\w+\s+як)\s+"
    r"[«\"“„](?P<alias>[^«»\"“”„]{2,40})[»\"”“](?=\s*(?:\([^()]*\))?$)",
    re.IGNORECASE,
)
# Cells set apart by tabs or by a wide gap of spaces, as a table or a PDF's columns are.
COLUMN_GAP_SPLIT = re.compile(r"\t+| {3,}")
# "-------- Forwarded message --------", "__________": a line that rules off a part.
RULE_LINE = re.compile(r"^[-–—_=*]{3,}")
LINK_ARROWS = ("→", "➔", "⟶", "▶", "➤")
# An e-mail or a web address (with or without its scheme: "forms.example/sign"); a
# Markdown link "[text](address)" too.
CONTACT = re.compile(
    r"\S@[\w-]+\.\w|https?://|\bwww\.|\]\([^()\s]+\)|"
    r"(?<![\w@.])[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.[a-z]{2,}/[\w./?=&%#-]+"
)
# A telephone number: groups of digits with spaces, nine digits or more ("333 000 0000",
# "+49 30 0000000", "(216) 555-0148"); a count or a year is shorter, and a date with its
# time ("2024-03-15 10:32") is none.
PHONE = re.compile(
    r"(?<![\w.,])(?!\d{4}-\d\d-\d\d)\+?(?:\(\d{2,4}\)|\d{2,4})(?:[ .-]\d{2,8}){1,}(?![\w.,])"
)
PHONE_DIGITS = 9
# "4/6", "🧵 (1/7)": a thread's post numbered among the thread's posts.
THREAD_NUMBER = r"(?:🧵\s*)?\(?(?P<post>\d{1,2})\s*/\s*(?P<posts>\d{1,2})\)?"
# "… (Fransa) 4/6", "NOTA PÚBLICA 🧵 (1/7)": the number closes the post's line.
THREAD_COUNTER = re.compile(rf"\s+{THREAD_NUMBER}\s*$")
# "🧵 1/5 Joint statement: …", "(5/7) Comitê …": or it opens it.
THREAD_OPENING = re.compile(rf"^{THREAD_NUMBER}\s+(?=\S)")
# "【서울】 강서돌봄노동자회", "[Brasil] Coletivo X": a label in brackets before the name.
LEADING_LABEL = re.compile(r"^[【\[](?P<label>[^】\]\[【]{1,20})[】\]]\s+(?=\w)")


@lru_cache(maxsize=8192)
def strip_marker(text: str) -> str:
    # Every reader strips a line's marker, most of them more than once: remembered.
    stripped = LIST_MARKER.sub("", text, count=1)
    if stripped != text and FLAG_AFTER_BULLET.match(stripped):
        # "• 🇦🇷 Colectiva …": a bullet, then the entry's flag.
        stripped = LIST_MARKER.sub("", stripped, count=1)
    return stripped


def without_thread_counter(text: str) -> str:
    counter = THREAD_COUNTER.search(text)
    if counter and 0 < int(counter["post"]) <= int(counter["posts"]):
        return text[: counter.start()]
    return text


def flag_code(flag: str) -> str:
    return "".join(chr(ord(letter) - REGIONAL_INDICATOR_A + ord("A")) for letter in flag)


# "連絡先:", "【問い合わせ先】": a contact's label in Chinese or Japanese, whom to reach
# written after it without an address on the line.
EAST_ASIAN_CONTACT_LABEL = re.compile(
    # "本件に関するお問い合わせ:", "媒體聯絡:": a few words may qualify the label.
    r"^[【\[]?[^:]{0,12}?(?:連絡先|お?問い?合わ?せ先?|联系人|聯絡人|联系方式|聯絡方式|聯絡|联系)[】\]:]"
)


def has_contact(text: str) -> bool:
    """An e-mail or web address or a telephone number outside brackets, or a contact's
    label."""
    if EAST_ASIAN_CONTACT_LABEL.match(text.strip()):
        return True
    maybe = "@" in text or "://" in text or "www." in text or "](" in text or "/" in text
    # "(To add your group's name, write to sign@…)": a line all in brackets is a note.
    inner = bracketed_inner(text)
    if maybe and CONTACT.search(mask_brackets(text if inner is None else inner)):
        return True
    if sum(map(str.isdigit, text)) < PHONE_DIGITS:
        return False
    return any(
        sum(char.isdigit() for char in phone.group()) >= PHONE_DIGITS
        for phone in PHONE.finditer(text)
    )
