"""Confirmation e-mails are sent at most once, retried with back-off, never lost."""

import os
import signal
import subprocess
import threading
import time
from datetime import timedelta

from aiosmtpd.controller import Controller
from django.db import connection
from django.utils import timezone

from solidarity.core.crypto import email_hash
from solidarity.core.tests.test_cli import SOLIDARITY, production_env, python_in_project, solidarity
from solidarity.endorsements.emails import (
    confirmation_message_id,
    confirmation_send,
    confirmations_send_due,
)
from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import endorsement_submit_individual, endorsement_withdraw
from solidarity.endorsements.tests.conftest import free_port
from solidarity.endorsements.tokens import endorsement_token
from solidarity.statements.selectors import statement_get_for_signing


def sign(statement, email="ana@example.org"):
    endorsement_submit_individual(
        statement=statement, name="Ana López", email=email, country="AR", display="full"
    )
    return Endorsement.objects.get(statement=statement, email_hash=email_hash(email))


def make_due(endorsement, seconds_ago=0):
    Endorsement.objects.filter(pk=endorsement.pk).update(
        confirmation_due_at=timezone.now() - timedelta(seconds=seconds_ago)
    )


def test_sent_once_with_a_stable_message_id(statement, mailoutbox):
    endorsement = sign(statement)
    assert confirmation_send(endorsement_id=endorsement.pk).sent
    assert not confirmation_send(endorsement_id=endorsement.pk).sent
    assert len(mailoutbox) == 1
    assert mailoutbox[0].extra_headers["Message-ID"] == confirmation_message_id(endorsement)
    endorsement.refresh_from_db()
    assert endorsement.confirmation_sent_at and endorsement.confirmation_due_at is None


def test_a_claimed_email_waits_for_its_lease(statement, mailoutbox):
    endorsement = sign(statement)
    # Another worker claimed it a moment ago: its due time is in the future.
    Endorsement.objects.filter(pk=endorsement.pk).update(
        confirmation_due_at=timezone.now() + timedelta(minutes=10)
    )
    assert not confirmation_send(endorsement_id=endorsement.pk).sent
    assert mailoutbox == []
    make_due(endorsement)  # the lease ran out: that worker died
    assert confirmation_send(endorsement_id=endorsement.pk).sent
    assert len(mailoutbox) == 1


def test_smtp_down_backs_off_then_sends_once_when_back(statement, settings, smtp_server):
    relay_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()  # the relay is down
    endorsement = sign(statement)
    first = confirmation_send(endorsement_id=endorsement.pk)
    assert not first.sent and first.retry_at is not None
    assert timedelta(seconds=29) < first.retry_at - timezone.now() <= timedelta(seconds=30)
    make_due(endorsement)
    second = confirmation_send(endorsement_id=endorsement.pk)
    assert timedelta(seconds=59) < second.retry_at - timezone.now() <= timedelta(seconds=60)
    endorsement.refresh_from_db()
    assert endorsement.confirmation_attempts == 2 and endorsement.confirmation_sent_at is None

    settings.EMAIL_PORT = relay_port  # the relay is back
    assert not confirmation_send(endorsement_id=endorsement.pk).sent  # not due yet
    make_due(endorsement)
    assert confirmation_send(endorsement_id=endorsement.pk).sent
    assert not confirmation_send(endorsement_id=endorsement.pk).sent
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["ana@example.org"]]


def test_the_signer_sees_no_error_when_smtp_is_down(client, statement, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    response = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        {"kind": "individual", "name": "Ana López", "email": "ana@example.org", "country": "AR"},
        content_type="application/json",
    )
    assert response.status_code == 202
    assert confirmations_send_due() == 1  # the worker's round: the relay refuses
    endorsement = Endorsement.objects.get()
    assert endorsement.confirmation_attempts == 1
    assert endorsement.confirmation_due_at > timezone.now()


def test_the_worker_sends_what_is_due_oldest_first_and_nothing_else(statement, mailoutbox):
    first, second = sign(statement, "first@example.org"), sign(statement, "second@example.org")
    make_due(second, seconds_ago=60)  # a retry that came due, older than the new signature
    leased = sign(statement, "leased@example.org")  # another worker is sending it
    Endorsement.objects.filter(pk=leased.pk).update(
        confirmation_due_at=timezone.now() + timedelta(minutes=10)
    )
    withdrawn = sign(statement, "withdrawn@example.org")
    endorsement_withdraw(token=endorsement_token(withdrawn.public_id))
    assert confirmations_send_due() == 2
    assert [m.to for m in mailoutbox] == [["second@example.org"], ["first@example.org"]]
    assert confirmations_send_due() == 0  # sent: nothing is due any more
    first.refresh_from_db()
    assert first.confirmation_sent_at is not None and first.confirmation_due_at is None


def test_confirmations_go_out_in_batches(statement, mailoutbox):
    for n in range(5):
        sign(statement, f"signer{n}@example.org")
    assert confirmations_send_due(limit=3) == 3
    assert confirmations_send_due(limit=3) == 2
    assert len(mailoutbox) == 5


def test_a_round_reads_once_and_claims_and_records_each_email(
    statement, mailoutbox, django_assert_num_queries
):
    for n in range(5):
        sign(statement, f"signer{n}@example.org")
    # One read of the round, one title lookup for the statement, then per e-mail its
    # claim and its record: a worker killed between two e-mails repeats neither.
    with django_assert_num_queries(1 + 1 + 2 * 5):
        assert confirmations_send_due() == 5
    assert len(mailoutbox) == 5
    title = statement.current_version.title
    assert all(title in message.subject for message in mailoutbox)


def test_a_round_sends_over_one_connection_to_the_relay(statement, smtp_server):
    for n in range(3):
        sign(statement, f"signer{n}@example.org")
    assert confirmations_send_due() == 3
    assert sorted(e.rcpt_tos[0] for e in smtp_server.envelopes) == [
        f"signer{n}@example.org" for n in range(3)
    ]
    assert len(set(smtp_server.peers)) == 1


def test_a_signature_is_one_insert_carrying_its_email(statement, django_assert_num_queries):
    statement_get_for_signing(slug=statement.slug)  # what a spike reads once
    signing = statement_get_for_signing(slug=statement.slug)
    with django_assert_num_queries(1) as queries:
        endorsement_submit_individual(
            statement=signing, name="Ana López", email="ana@example.org", country="AR",
            display="full",
        )  # fmt: skip
    insert = queries.captured_queries[0]["sql"]
    assert insert.startswith("INSERT")
    # Columns still empty at signing are left to the database's NULL.
    assert "confirmed_at" not in insert and "proposed_organization" not in insert
    endorsement = Endorsement.objects.get()
    assert endorsement.confirmation_sent_at is None
    assert endorsement.confirmed_at is None and endorsement.organization_id is None
    assert endorsement.confirmation_due_at <= timezone.now()


def test_the_signature_is_prepared_once_per_postgresql_connection(statement):
    """Signatures in a row each record their row; on PostgreSQL the INSERT is prepared
    by the first and reused by the next (SQLite's driver keeps its own statements)."""

    def prepared_inserts():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_prepared_statements "
                "WHERE statement LIKE 'INSERT INTO %%endorsements_endorsement%%'"
            )
            return cursor.fetchone()[0]

    signing = statement_get_for_signing(slug=statement.slug)
    for number in range(3):
        endorsement_submit_individual(
            statement=signing, name=f"Person {number}", email=f"p{number}@example.org",
            country="AR", display="full",
        )  # fmt: skip
        if connection.vendor == "postgresql":
            assert prepared_inserts() == 1
    assert Endorsement.objects.filter(statement=statement).count() == 3


class _HangsOnFirstMessage:
    """An SMTP relay that stalls on the first message (the worker is then killed in
    the middle of sending it) and accepts every later one."""

    def __init__(self) -> None:
        self.accepted: list[list[str]] = []
        self.stalled = threading.Event()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook)
        import asyncio

        if not self.stalled.is_set():
            self.stalled.set()
            await asyncio.sleep(60)
        with self.lock:
            self.accepted.append(envelope.rcpt_tos)
        return "250 Message accepted for delivery"


def test_a_worker_killed_while_sending_loses_and_repeats_nothing(tmp_path):
    relay = _HangsOnFirstMessage()
    controller = Controller(relay, hostname="127.0.0.1", port=free_port())
    controller.start()
    env = production_env(
        tmp_path / "data",
        EMAIL_URL=f"smtp://127.0.0.1:{controller.port}",
        SOLIDARITY_EMAIL_LEASE_SECONDS="2",
    )
    assert solidarity(env, "migrate", "--verbosity", "0").returncode == 0
    addresses = [f"signer{n}@example.org" for n in range(4)]
    python_in_project(env, _SIGN.format(addresses=addresses))
    log = tmp_path / "worker.log"

    def start_worker() -> subprocess.Popen:
        with log.open("ab") as output:
            return subprocess.Popen(
                [str(SOLIDARITY), "worker", "--interval", "0.2"],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    worker = start_worker()
    try:
        assert relay.stalled.wait(30), log.read_text()
        os.killpg(worker.pid, signal.SIGKILL)  # in the middle of the first message
        worker.wait()
        worker = start_worker()
        deadline = time.monotonic() + 40
        while len(relay.accepted) < len(addresses) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(3)  # another lease and more rounds: nothing may be sent again
        received = sorted(address for envelope in relay.accepted for address in envelope)
        assert received == addresses, log.read_text()
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)
        controller.stop()


_SIGN = """
from solidarity.accounts.services import user_create
from solidarity.endorsements.services import endorsement_submit_individual
from solidarity.organizations.services import organization_create
from solidarity.statements.services import statement_create, statement_publish
editor = user_create(email="editor@example.org", password="correct horse battery")
union = organization_create(acting_user=editor, name="Dock Union", kind="union", countries=["AR"])
statement = statement_create(acting_user=editor, title="Kill test", body="Text.", language="en",
                             initiators=[union])
statement_publish(statement=statement, acting_user=editor)
statement.refresh_from_db()
for address in {addresses!r}:
    endorsement_submit_individual(statement=statement, name=address, email=address,
                                  country="AR", display="full")
"""
