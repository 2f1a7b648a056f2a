"""Measure the statement importer's extraction against hand-annotated statements.

    python bench/import_accuracy.py [FOLDER]

FOLDER holds pairs NAME.txt (the text as copied from a web page) and NAME.json (its gold
annotation); it defaults to the shared development corpus, ../shared/corpus from the
repository root. Prints, per document and overall, endorser precision, recall and F1
(names matched after normalisation against the gold name or any alternate name; gold
entries cut off by the end of the text are optional), the accuracy of kind, countries
and parent on matched endorsers, title and date accuracy, and every extracted name the
annotation lists as mentioned but not signing.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from solidarity.imports.extract import ExtractedEndorser, extract_statement, normalise_name

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@dataclass
class Score:
    extracted: int = 0
    required: int = 0
    true_positives: int = 0
    found_required: int = 0
    kind_right: int = 0
    countries_right: int = 0
    parent_right: int = 0
    matched: int = 0
    titles_right: int = 0
    dates_right: int = 0
    documents: int = 0
    non_endorsers: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in vars(self):
            if name == "non_endorsers":
                self.non_endorsers.extend(other.non_endorsers)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found_required / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def share(self, right: int) -> float:
        return right / self.matched if self.matched else 1.0


def _gold_keys(gold: dict[str, Any]) -> set[str]:
    return {normalise_name(name) for name in [gold["name"], *gold.get("alt_names", [])]}


def _parent_key(parent: str | None) -> str:
    return normalise_name(parent) if parent else ""


def score_document(text: str, annotation: dict[str, Any]) -> tuple[Score, list[str]]:
    result = extract_statement(text)
    golds = annotation.get("endorsers", [])
    score = Score(extracted=len(result.endorsers), documents=1)
    score.required = sum(not gold.get("truncated_entry") for gold in golds)
    # A page may carry a news headline over the statement's own title: the annotation
    # gives the one it prefers as "title" and the other defensible readings as
    # "title_alternatives".
    titles = [annotation.get("title"), *annotation.get("title_alternatives", [])]
    score.titles_right = int(
        any(normalise_name(result.title or "") == normalise_name(title or "") for title in titles)
    )
    score.dates_right = int(result.date == annotation.get("date"))
    unmatched: list[str] = []
    wrong: list[str] = []
    matched_golds: set[int] = set()
    for endorser in result.endorsers:
        index = _match(endorser, golds, matched_golds)
        if index is None:
            unmatched.append(endorser.name)
            continue
        gold = golds[index]
        matched_golds.add(index)
        score.true_positives += 1
        score.found_required += not gold.get("truncated_entry")
        score.matched += 1
        score.kind_right += endorser.kind == gold["kind"]
        score.countries_right += set(endorser.countries) == set(gold.get("country_codes", []))
        if endorser.kind != gold["kind"]:
            wrong.append(f"  kind {endorser.name}: {endorser.kind}")
        if set(endorser.countries) != set(gold.get("country_codes", [])):
            wrong.append(f"  countries {endorser.name}: {endorser.countries}")
        gold_parent = gold.get("parent")
        parent_keys = {_parent_key(gold_parent)}
        parent_keys |= {
            normalise_name(alt)
            for g in golds
            if gold_parent and normalise_name(g["name"]) == _parent_key(gold_parent)
            for alt in g.get("alt_names", [])
        }
        if _parent_key(endorser.parent) in parent_keys:
            score.parent_right += 1
        else:
            wrong.append(f"  parent {endorser.name}: {endorser.parent} (gold {gold_parent})")
    missed = [
        gold["name"]
        for index, gold in enumerate(golds)
        if index not in matched_golds and not gold.get("truncated_entry")
    ]
    mentioned = {
        normalise_name(name.split(" (")[0])
        for name in annotation.get("non_endorsers_mentioned", [])
    }
    score.non_endorsers = [e.name for e in result.endorsers if normalise_name(e.name) in mentioned]
    extra = [f"  + {name}" for name in unmatched]
    return score, extra + [f"  - {name}" for name in missed] + wrong


def _match(endorser: ExtractedEndorser, golds: list[dict[str, Any]], taken: set[int]) -> int | None:
    key = normalise_name(endorser.name)
    for index, gold in enumerate(golds):
        if index not in taken and key in _gold_keys(gold):
            return index
    return None


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("-")]
    verbose = "-v" in sys.argv
    folder = Path(arguments[0]) if arguments else DEFAULT_FOLDER
    total = Score()
    print(
        f"{'document':48} {'P':>5} {'R':>5} {'F1':>5} {'kind':>5} {'ctry':>5} {'par':>5} title date"
    )
    for annotation_path in sorted(folder.glob("*.json")):
        text_path = annotation_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        score, differences = score_document(text_path.read_text(encoding="utf-8"), annotation)
        total.add(score)
        print(
            f"{annotation_path.stem[:48]:48} {score.precision:5.2f} {score.recall:5.2f} "
            f"{score.f1:5.2f} {score.share(score.kind_right):5.2f} "
            f"{score.share(score.countries_right):5.2f} {score.share(score.parent_right):5.2f} "
            f"{'ok' if score.titles_right else '--':>5} {'ok' if score.dates_right else '--':>4}"
        )
        if verbose:
            print("\n".join(differences))
        for name in score.non_endorsers:
            print(f"  non-endorser extracted: {name}")
    print(
        f"{'OVERALL':48} {total.precision:5.2f} {total.recall:5.2f} {total.f1:5.2f} "
        f"{total.share(total.kind_right):5.2f} {total.share(total.countries_right):5.2f} "
        f"{total.share(total.parent_right):5.2f} "
        f"{total.titles_right}/{total.documents} {total.dates_right}/{total.documents}"
    )
    print(
        f"endorsers: {total.extracted} extracted, {total.required} required, "
        f"{total.true_positives} matched; non-endorsers extracted: {len(total.non_endorsers)}"
    )


if __name__ == "__main__":
    main()
