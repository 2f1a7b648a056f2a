"""Identical signatures arriving at the same moment leave one endorsement and one e-mail.

The threads use their own database connections and commit for real
(transaction=True), so on PostgreSQL the unique constraint on
(statement, email_hash) is what decides between them; on SQLite the IMMEDIATE
transactions queue the writers. The same tests run on both.
"""

import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.db import connection

from solidarity.core.crypto import email_hash
from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import endorsement_submit_individual

THREADS = 8
ROUNDS = 4


def _race(calls: list[Callable[[], Any]]) -> list[tuple[str, Any]]:
    """Run the calls in threads released together; each result is ("ok", value)
    or ("error", exception)."""
    barrier = threading.Barrier(len(calls))
    results: list[tuple[str, Any]] = [("missing", None)] * len(calls)

    def worker(index: int, call: Callable[[], Any]) -> None:
        try:
            # Connect before the barrier so that connecting does not spread them out.
            connection.ensure_connection()
            barrier.wait(timeout=30)
            results[index] = ("ok", call())
        except BaseException as error:  # reported by the test, not lost in the thread
            results[index] = ("error", error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=(i, call), name=f"signer-{i}")
        for i, call in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a signer thread hung"
    return results


def _ids_taken() -> int | None:
    """On PostgreSQL, how many ids the endorsement table's sequence has handed out."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [Endorsement._meta.db_table])
        (sequence,) = cursor.fetchone()
        cursor.execute(f"SELECT last_value, is_called FROM {sequence}")  # noqa: S608
        last_value, is_called = cursor.fetchone()
    return last_value if is_called else last_value - 1


def _signature(statement, email: str, name: str = "Ana López") -> Callable[[], bool]:
    return lambda: endorsement_submit_individual(
        statement=statement, name=name, email=email, country="AR", display="full"
    )


def _assert_one_winner(results: list[tuple[str, Any]]) -> None:
    errors = [value for outcome, value in results if outcome != "ok"]
    assert not errors, f"signing raised in a thread: {errors!r}"
    returned = [value for _outcome, value in results]
    assert returned.count(True) == 1, returned
    assert returned.count(False) == len(returned) - 1, returned


@pytest.mark.django_db(transaction=True)
def test_identical_signatures_at_the_same_moment_leave_one_row(statement):
    inserts_tried: list[int] = []
    for round_number in range(ROUNDS):
        address = f"racer{round_number}@example.org"
        before = _ids_taken()
        results = _race([_signature(statement, address) for _ in range(THREADS)])
        _assert_one_winner(results)
        assert Endorsement.objects.filter(email_hash=email_hash(address)).count() == 1
        if before is not None:
            inserts_tried.append(_ids_taken() - before)

    assert Endorsement.objects.filter(statement=statement).count() == ROUNDS
    if connection.vendor == "postgresql":
        # Every INSERT, even one the constraint refuses, takes an id: the race
        # really got past the existence check to the unique index.
        assert max(inserts_tried) > 1, inserts_tried
    # One confirmation e-mail per address: the losers left nothing to send.
    assert confirmations_send_due() == ROUNDS
    assert sorted(message.to[0] for message in mail.outbox) == [
        f"racer{n}@example.org" for n in range(ROUNDS)
    ]


@pytest.mark.django_db(transaction=True)
def test_case_and_whitespace_variants_racing_count_as_one_address(statement):
    variants = [
        "Ana@Example.org ",
        "ana@example.org",
        " ANA@EXAMPLE.ORG",
        "ana@EXAMPLE.org",
        "Ana@example.ORG\t",
        "aNa@eXample.org",
        "ana@example.org  ",
        "ANA@example.org",
    ]
    results = _race([_signature(statement, variant) for variant in variants])
    _assert_one_winner(results)
    assert Endorsement.objects.filter(statement=statement).count() == 1
    assert Endorsement.objects.get().email_hash == email_hash("ana@example.org")
    # Signing again later, in yet another spelling, still changes nothing.
    assert _signature(statement, "  ana@example.ORG")() is False
    assert Endorsement.objects.filter(statement=statement).count() == 1
    assert confirmations_send_due() == 1
    assert len(mail.outbox) == 1


def test_a_repeat_through_the_api_answers_byte_for_byte_the_same(client, statement):
    url = f"/api/v1/statements/{statement.slug}/endorsements"
    body = {
        "kind": "individual",
        "name": "Ana López",
        "email": "Ana@Example.org ",
        "country": "AR",
        "display": "full",
    }
    responses = []
    for email in ["Ana@Example.org ", "ana@example.org", "ana@example.org"]:
        response = client.post(
            url, json.dumps({**body, "email": email}), content_type="application/json"
        )
        responses.append(response)

    first = responses[0]
    assert first.status_code == 202, first.content
    for repeat in responses[1:]:
        assert repeat.status_code == first.status_code
        assert repeat.content == first.content
        assert repeat["Content-Type"] == first["Content-Type"]
    assert Endorsement.objects.filter(statement=statement).count() == 1
    assert confirmations_send_due() == 1
    assert mail.outbox[0].to == ["Ana@Example.org"]
