"""Check the shipped catalogues: every string the code uses is in them, placeholders
match their source, nothing fuzzy or untranslated, and the compiled .mo files are up
to date.

`--compile` writes the .mo files (with polib, so no gettext tools are needed);
the check compiles in memory and compares bytes, independent of file times.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "src" / "solidarity" / "locale"
PO = "LC_MESSAGES/django.po"
# %s or %d without a name: translators cannot reorder them.
POSITIONAL = re.compile(r"%[sd]")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{\s*(\w+)\s*\}\}|%[sd]")


def entries(po: Path):  # type: ignore[no-untyped-def]
    import polib  # noqa: PLC0415

    return polib.pofile(str(po))


def placeholders(text: str) -> list[str]:
    return sorted(m.group(0).replace(" ", "") for m in PLACEHOLDER.finditer(text))


def missing_from_catalogues() -> list[str]:
    """Extract the strings the code uses now (makemessages on a copy of the sources)
    and name those a shipped catalogue lacks."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "solidarity"
        shutil.copytree(LOCALE.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
        languages = [p.name for p in LOCALE.iterdir() if p.is_dir()]
        subprocess.run(  # noqa: S603
            [
                str(Path(sys.executable).parent / "django-admin"),
                "makemessages",
                *[f"--locale={language}" for language in languages],
                "--add-location=never",
                "--ignore=tests/*",
                "--ignore=*/tests/*",
                "--verbosity=0",
            ],
            cwd=copy,
            check=True,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "solidarity.settings_test"},
        )
        problems = []
        for language in languages:
            shipped = {(e.msgctxt, e.msgid) for e in entries(LOCALE / language / PO)}
            for entry in entries(copy / "locale" / language / PO):
                if (entry.msgctxt, entry.msgid) not in shipped:
                    problems.append(f"{language}: not in the catalogue: {entry.msgid[:60]!r}")
        return problems


def main() -> int:
    problems: list[str] = [] if "--compile" in sys.argv else missing_from_catalogues()
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        catalogue = entries(po_path)
        for entry in catalogue:
            if entry.obsolete:
                continue
            where = f"{po_path.relative_to(LOCALE)}: {entry.msgid[:60]!r}"
            if POSITIONAL.search(entry.msgid) or POSITIONAL.search(entry.msgid_plural or ""):
                problems.append(f"{where}: positional placeholder; name it, e.g. %(count)s")
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
