"""Time the statement importer on a large synthetic statement.

    python bench/import_speed.py [ENDORSERS] [--preloaded]

Builds a statement of about 100 KB: a body, demands, and ENDORSERS (default 2,000)
signatories in mixed shapes and scripts (numbered people with roles, organisations with
acronyms and country suffixes, country headings, native/Latin pairs, a run-on paragraph),
then prints the wall time of extract_statement: the first run (which loads the CLDR
tables once per process), then the best and median over five more statements whose names
all differ, so that no answer remembered from an earlier run helps. With --preloaded the
tables are read first, as a web worker reads them when it starts, and that time is printed
on its own.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from solidarity.imports.extract import extract_statement, preload

GIVEN = ["Ana", "Иван", "Νίκος", "Ayşe", "Jean", "Maria", "Oleh", "Kofi", "Lucía", "Tomás"]
# Family names are made of syllables in the given name's script, so that each is unique.
SYLLABLES = {
    "Latin": ["ka", "lo", "ran", "mes", "ti", "vo", "gar", "nu", "sel", "dri"],
    "Cyrillic": ["ка", "ло", "ран", "мес", "ти", "во", "гар", "ну", "сел", "дри"],
    "Greek": ["κα", "λο", "ραν", "με", "τι", "βο", "γαρ", "νου", "σελ", "δρη"],
}
ORGS = [
    "Workers Union",
    "Socialist League",
    "Tenants Association",
    "Dockers Committee",
    "Partido Obrero",
    "Frente de Trabajadores",
    "Sindicato Metalúrgico",
    "Arbeiterbund",
]
NATIVE = ["노동자연대", "Рабочий союз", "اتحاد العمال", "Εργατική Ένωση"]
COUNTRIES = [
    "Argentina",
    "Brasil",
    "México",
    "France",
    "Deutschland",
    "Italia",
    "Türkiye",
    "Ελλάδα",
    "Россия",
    "대한민국",
]
PARAGRAPH = (
    "We call on workers and their organisations everywhere to stand together against "
    "war and for the right of every people to decide its own future. "
)


def person(number: int, seed: int) -> str:
    given = GIVEN[number % len(GIVEN)]
    script = "Cyrillic" if given == "Иван" else "Greek" if given == "Νίκος" else "Latin"
    syllables = SYLLABLES[script]
    digits = f"{number + seed * 10000:05d}"
    family = "".join(syllables[int(digit)] for digit in digits).capitalize()
    return f"{given} {family}"


def synthetic_statement(endorsers: int, seed: int = 4) -> str:
    chooser = random.Random(seed)
    lines = ["Solidarity across borders: an appeal", "March 13, 2022", ""]
    lines += [PARAGRAPH * 6 + "\n" for _ in range(40)]
    lines += ["Peace now!", "Bread, land and freedom!", "", "Signatories:", ""]
    per_shape = endorsers // 5
    for number in range(1, per_shape + 1):
        name = person(number, seed)
        lines.append(f"{number}. {name} – Delegate, {chooser.choice(ORGS)} {number}")
    for number in range(per_shape):
        acronym = "".join("ABCDEFGHKL"[int(digit)] for digit in f"{number:03d}")
        lines.append(f"{chooser.choice(ORGS)} {number} ({acronym}) – {chooser.choice(COUNTRIES)}")
    for number in range(per_shape):
        if number % 20 == 0:
            lines.append(chooser.choice(COUNTRIES))
        serial = per_shape + number
        lines.append(f"{chooser.choice(NATIVE)} {serial}/{chooser.choice(ORGS)} {serial}")
    for number in range(per_shape):
        given, family = person(2000 + number, seed).split(" ")
        lines.append(f"{family}, {given}")
    run_on = ", ".join(
        f"{person(4000 + number, seed)} ({chooser.choice(ORGS)})"
        for number in range(endorsers - 4 * per_shape)
    )
    lines += ["", "Also signed by: " + run_on + " and 40 others."]
    return "\n".join(lines) + "\n"


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("-")]
    endorsers = int(arguments[0]) if arguments else 2000
    # The first call in a process loads the CLDR tables; later texts differ in every name,
    # so no cached answer from an earlier run helps.
    texts = [synthetic_statement(endorsers, seed) for seed in range(6)]
    if "--preloaded" in sys.argv:
        # As a web worker does when it starts: the tables read before the first import.
        started = time.perf_counter()
        preload()
        print(f"preload {time.perf_counter() - started:.3f} s")
    timings = []
    cpu = []
    found = 0
    for text in texts:
        started, cpu_started = time.perf_counter(), time.process_time()
        found = len(extract_statement(text).endorsers)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    size = len(texts[-1].encode()) / 1024
    first_run = "tables read before" if "--preloaded" in sys.argv else "reads the tables"
    print(f"{size:.0f} KB, {endorsers} endorsers written, {found} extracted")
    print(
        f"first run {timings[0]:.3f} s ({first_run}), then on five other texts best "
        f"{min(timings[1:]):.3f} s, median {statistics.median(timings[1:]):.3f} s"
    )
    # On a busy machine wall time includes waiting for a core; CPU time does not.
    print(f"CPU time: first {cpu[0]:.3f} s, then median {statistics.median(cpu[1:]):.3f} s")


if __name__ == "__main__":
    main()
