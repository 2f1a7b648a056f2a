"""Check the shipped catalogues: placeholders match their source, nothing fuzzy or
untranslated, and the compiled .mo files are up to date.

`--compile` writes the .mo files (with polib, so no gettext tools are needed);
the check compiles in memory and compares bytes, independent of file times.
"""

import re
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "src" / "solidarity" / "locale"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{\s*(\w+)\s*\}\}|%[sd]")


def entries(po: Path):  # type: ignore[no-untyped-def]
    import polib  # noqa: PLC0415

    return polib.pofile(str(po))


def placeholders(text: str) -> list[str]:
    return sorted(m.group(0).replace(" ", "") for m in PLACEHOLDER.finditer(text))


def main() -> int:
    problems: list[str] = []
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        catalogue = entries(po_path)
        for entry in catalogue:
            if entry.obsolete:
                continue
            where = f"{po_path.relative_to(LOCALE)}: {entry.msgid[:60]!r}"
            if "fuzzy" in entry.flags:
                problems.append(f"{where}: fuzzy")
            if entry.msgid_plural:
                translations = list(entry.msgstr_plural.values())
                sources = [entry.msgid, entry.msgid_plural]
            else:
                translations = [entry.msgstr]
                sources = [entry.msgid]
            if not all(translations):
                problems.append(f"{where}: untranslated")
                continue
            expected = set().union(*(placeholders(s) for s in sources))
            for text in translations:
                found = set(placeholders(text))
                if not found <= expected or (not entry.msgid_plural and found != expected):
                    problems.append(f"{where}: placeholders {sorted(found)} != {sorted(expected)}")
        mo_path = po_path.with_suffix(".mo")
        compiled = catalogue.to_binary()
        if "--compile" in sys.argv:
            mo_path.write_bytes(compiled)
        elif not mo_path.exists() or mo_path.read_bytes() != compiled:
            problems.append(f"{po_path.relative_to(LOCALE)}: .mo out of date; run with --compile")
    for problem in problems:
        print(problem)
    print(f"translations: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
