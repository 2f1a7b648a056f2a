"""A web form pasted with the page: its fields' labels and buttons, no signatory."""

from __future__ import annotations

import re

from .columns import column_of
from .marks import COLUMN_GAP_SPLIT

# A web form's fields: "Full name*", "Email*", then "Organisation", "Country", "Send".
FORM_EMAIL_FIELD = re.compile(
    r"^(?:(?:your\s+)?e-?mail(?:\s+address)?|(?:correo|endereço)(?:\s+(?:electrónico|de\s+e-?mail))?|"
    r"courriel|adresse\s+(?:e-?mail|électronique)|e-?mail-adresse|indirizzo\s+e-?mail|"
    r"электронная\s+почта|електронна\s+пошта|e-?posta(?:\s+adresi)?|"
    r"ηλεκτρονικό\s+ταχυδρομείο|이메일|البريد\s+الإلكتروني)\s*[*:]?\s*\*?$",
    re.IGNORECASE,
)
# Labels and buttons under the e-mail field are a few words each.
FORM_FIELD_WORDS = 4
NAME_FIELD = re.compile(
    r"^(?:(?:your\s+|full\s+|first\s+|last\s+|sur)?name|nom|prénom|nom\s+complet|nombre|"
    r"apellidos?|nome|cognome|sobrenome|nome\s+completo|vorname|nachname|имя|фамилия|"
    r"ім'я|прізвище|ad|soyad|ad\s+soyad|όνομα|επώνυμο|이름|الاسم)$",
    re.IGNORECASE,
)


def is_form_field(text: str) -> bool:
    """A required field's label, "Full name*", "Nom :*", or a field named like a table's
    column: "Prénom", "País"."""
    # "Nome e cognome / Organizzazione *": two fields' labels may share a line.
    short = len(text.replace(" / ", " ").split()) <= FORM_FIELD_WORDS + 1
    # "Nome da organização", "País": what a table's columns would be named.
    # "Organisation / Funktion": two columns' labels in one field.
    labelled = bool(NAME_FIELD.match(text.strip(" :*"))) or all(
        column_of(part) is not None for part in text.strip(" :*").split(" / ")
    )
    return short and (text.rstrip(" :").endswith("*") or labelled)


def fields_row(text: str) -> bool:
    """ "Nome da organização*   Sigla   Cidade/UF   País   E-mail*": a form's fields in a
    row, the required ones starred."""
    fields = COLUMN_GAP_SPLIT.split(text.strip())
    # ("Nome   E-mail   CEP": unstarred, with an e-mail field among them.)
    asked = any(field.endswith("*") or FORM_EMAIL_FIELD.match(field) for field in fields)
    return len(fields) >= 2 and asked and all(column_of(field) for field in fields)
