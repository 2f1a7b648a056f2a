"""`solidarity import-statement FILE`: read a published statement, print what was found.

Needs no database and no configuration: extraction is plain Python.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from .extract import extract_statement


def _as_text(result: dict[str, Any]) -> str:
    lines = [
        f"title:    {result['title'] or '—'}",
        f"date:     {result['date'] or '—'}",
        f"language: {result['language'] or '—'}",
        f"issuer:   {result['issuer'] or '—'}",
        f"demands:  {len(result['demands'])}   footnotes: {len(result['footnotes'])}"
        f"   translations: {len(result['translations'])}",
        f"endorsers: {len(result['endorsers'])}",
    ]
    for endorser in result["endorsers"]:
        details = [endorser["kind"], ",".join(endorser["countries"]) or "—"]
        if endorser["alt_names"]:
            details.append("aka " + " / ".join(endorser["alt_names"]))
        if endorser["affiliation"]:
            details.append(endorser["affiliation"])
        if endorser["parent"]:
            details.append("section of " + endorser["parent"])
        lines.append(f"  {endorser['name']}  [{'; '.join(details)}]")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="solidarity import-statement",
        description="Read the text of a published statement and print its title, date, "
        "text, demands, footnotes, translations and endorsers.",
    )
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument(
        "--format",
        choices=["json", "text"],
        default="json",
        help="json (the default): the structured result; text: a summary to read",
    )
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as error:
        parser.exit(2, f"solidarity import-statement: cannot read {args.file}: {error.strerror}\n")
    except UnicodeDecodeError:
        parser.exit(2, f"solidarity import-statement: {args.file} is not UTF-8 text\n")
    result = extract_statement(text).as_json()
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_as_text(result) + "\n")
    return 0
