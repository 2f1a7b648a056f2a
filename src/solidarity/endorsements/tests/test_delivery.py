"""Confirmation e-mails are sent at most once, retried with back-off, never lost."""

import os
import signal
import subprocess
import threading
import time
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from solidarity.core.crypto import email_hash
from solidarity.core.tests.test_cli import SOLIDARITY, production_env, python_in_project, solidarity
from solidarity.endorsements.emails import confirmation_message_id, confirmation_send
from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import (
    endorsement_confirmations_resume,
    endorsement_submit_individual,
)
from solidarity.endorsements.tests.conftest import free_port

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


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


def test_the_signer_sees_no_error_when_smtp_is_down(
    client, statement, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/api/v1/statements/{statement.slug}/endorsements",
            {
                "kind": "individual",
                "name": "Ana López",
                "email": "ana@example.org",
                "country": "AR",
            },
            content_type="application/json",
        )
    assert response.status_code == 202
    endorsement = Endorsement.objects.get()
    assert endorsement.confirmation_attempts == 1
    assert endorsement.confirmation_due_at > timezone.now()


def test_the_sweep_resends_what_was_lost_and_nothing_else(
    statement, settings, mailoutbox, django_capture_on_commit_callbacks
):
    lost = sign(statement)
    make_due(lost, seconds_ago=settings.SOLIDARITY_EMAIL_GRACE_SECONDS + 1)
    recent = sign(statement, email="recent@example.org")  # its task may still be queued
    with django_capture_on_commit_callbacks(execute=True):
        assert endorsement_confirmations_resume() == 1
    assert [m.to for m in mailoutbox] == [["ana@example.org"]]
    with django_capture_on_commit_callbacks(execute=True):
        assert endorsement_confirmations_resume() == 0  # sent: nothing is due any more
    recent.refresh_from_db()
    assert recent.confirmation_sent_at is None


@pytest.mark.django_db(transaction=True)
def test_the_task_is_written_in_the_signatures_own_transaction(statement, settings):
    settings.TASKS = DATABASE_TASKS
    with pytest.raises(RuntimeError), transaction.atomic():
        sign(statement)
        assert DBTaskResult.objects.count() == 1
        raise RuntimeError("the request failed after the insert")
    assert not Endorsement.objects.exists() and not DBTaskResult.objects.exists()
    sign(statement)
    assert DBTaskResult.objects.get().args_kwargs == {
        "args": [Endorsement.objects.get().pk],
        "kwargs": {},
    }


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
        SOLIDARITY_EMAIL_GRACE_SECONDS="1",
        SOLIDARITY_EMAIL_SWEEP_SECONDS="1",
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
        time.sleep(3)  # a second lease and sweep: nothing may be sent again
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
