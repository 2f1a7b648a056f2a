"""Bots held off, people let in: the proof-of-work check, limits, honeypot, fill time."""

import html
import json
import re
import time

import pytest
from django.test import Client

from solidarity.core import proof_of_work
from solidarity.core.throttle import Limit, client_key, throttle_hit
from solidarity.endorsements.forms import HumanCheckForm
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.endorsements.services import endorsement_confirm
from solidarity.endorsements.tokens import endorsement_token
from solidarity.statements.selectors import statement_get_for_signing


@pytest.fixture(autouse=True)
def quick_challenges(monkeypatch):
    # The same check, with a smaller search space so that tests solve it at once.
    monkeypatch.setattr(proof_of_work, "MAX_NUMBER", 2_000)


def solved(client) -> str:
    challenge = client.get("/api/v1/challenge").json()
    return proof_of_work.solution_compute(json.dumps(challenge))


def sign(client, statement, number, bot_check="", headers=None, **meta):
    return client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        {
            "kind": "individual",
            "name": f"Person {number}",
            "email": f"person{number}@example.org",
            "country": "AR",
            "bot_check": bot_check,
        },
        content_type="application/json",
        headers=headers or {},
        **meta,
    )


def test_a_solved_challenge_marks_the_signature_checked_once(client, statement):
    solution = solved(client)
    assert sign(client, statement, 1, solution).status_code == 202
    assert sign(client, statement, 2, solution).status_code == 202  # replayed: unchecked
    assert sign(client, statement, 3, "bm90IGEgc29sdXRpb24=").status_code == 202  # garbage
    checked = dict(Endorsement.objects.values_list("name", "bot_check_passed"))
    assert checked == {"Person 1": True, "Person 2": False, "Person 3": False}


def test_two_hundred_people_behind_one_address_all_sign(client, statement):
    for number in range(200):
        assert sign(client, statement, number, solved(client)).status_code == 202
    assert Endorsement.objects.count() == 200


def test_without_the_check_a_network_meets_a_stricter_limit(client, statement, settings):
    settings.SOLIDARITY_THROTTLE_SCALE = 0.1  # 4 unchecked, 40 checked per ten minutes
    for number in range(4):
        assert sign(client, statement, number).status_code == 202
    refused = sign(client, statement, 4)
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert 0 < int(refused["Retry-After"]) <= 600
    assert "Nothing was saved" in refused.json()["title"]
    assert Endorsement.objects.count() == 4
    # People whose browser solved the check still get in from the same network.
    assert sign(client, statement, 5, solved(client)).status_code == 202
    # Another network is counted on its own.
    assert sign(client, statement, 6, REMOTE_ADDR="203.0.113.9").status_code == 202


def test_one_address_cannot_sign_again_and_again(client, statement):
    for _attempt in range(5):
        assert sign(client, statement, 1, solved(client)).status_code == 202
    assert sign(client, statement, 1, solved(client)).status_code == 429
    assert Endorsement.objects.count() == 1


def test_the_address_comes_from_our_proxys_hop(client, statement, settings):
    settings.SOLIDARITY_THROTTLE_SCALE = 0.05  # 2 unchecked per network
    settings.SOLIDARITY_CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    # What a client writes first is ignored; the hop our proxy appended decides.
    spoofed = {"X-Forwarded-For": "198.51.100.1, 192.0.2.7"}
    other = {"X-Forwarded-For": "198.51.100.2, 192.0.2.8"}
    assert sign(client, statement, 1, headers=spoofed).status_code == 202
    assert (
        sign(client, statement, 2, headers={"X-Forwarded-For": "10.0.0.1, 192.0.2.7"}).status_code
        == 202
    )
    assert sign(client, statement, 3, headers=spoofed).status_code == 429
    assert sign(client, statement, 4, headers=other).status_code == 202


def _form_post(client, statement, *, shown_at, homepage="", bot_check=""):
    return client.post(
        f"/s/{statement.slug}/endorse/individual",
        {
            "name": "Ana López",
            "email": "ana@example.org",
            "country": "AR",
            "display": "full",
            "individual-check-homepage": homepage,
            "individual-check-shown_at": shown_at,
            "individual-check-bot_check": bot_check,
        },
    )


def _shown_seconds_ago(seconds: float) -> str:
    return HumanCheckForm._signer.sign(str(time.time() - seconds))


def test_the_form_refuses_a_filled_honeypot_and_a_too_quick_post(client, statement, settings):
    settings.SOLIDARITY_FORM_MIN_SECONDS = 3
    page = client.get(f"/s/{statement.slug}/").content.decode()
    shown_at = re.search(r'name="individual-check-shown_at" value="([^"]+)"', page).group(1)
    assert 'data-challenge="' in page and 'class="trap" aria-hidden="true"' in page

    too_quick = _form_post(client, statement, shown_at=shown_at)
    assert too_quick.status_code == 400
    assert "quicker than a person" in too_quick.content.decode()
    no_stamp = _form_post(client, statement, shown_at="")
    assert no_stamp.status_code == 400

    honeypot = _form_post(client, statement, shown_at=_shown_seconds_ago(10), homepage="x")
    assert honeypot.status_code == 400
    assert "Leave this field empty" in honeypot.content.decode()
    assert not Endorsement.objects.exists()

    person = _form_post(client, statement, shown_at=_shown_seconds_ago(10))
    assert person.status_code == 302
    assert Endorsement.objects.get().bot_check_passed is False  # no JavaScript: unchecked


def test_the_form_counts_a_solved_check(client, statement):
    page = client.get(f"/s/{statement.slug}/").content.decode()
    challenge = html.unescape(re.search(r'data-challenge="([^"]+)"', page).group(1))
    solution = proof_of_work.solution_compute(challenge)
    response = _form_post(client, statement, shown_at=_shown_seconds_ago(10), bot_check=solution)
    assert response.status_code == 302
    assert Endorsement.objects.get().bot_check_passed is True


def test_the_form_says_when_to_come_back(client, statement, settings):
    settings.SOLIDARITY_THROTTLE_SCALE = 0.025  # one unchecked signature per network
    assert _form_post(client, statement, shown_at=_shown_seconds_ago(10)).status_code == 302
    again = client.post(
        f"/s/{statement.slug}/endorse/individual",
        {"name": "Bea", "email": "bea@example.org", "country": "AR", "display": "full"},
    )
    assert again.status_code == 429 and "Retry-After" in again
    assert "Nothing was saved" in again.content.decode()


def test_moderators_see_and_remove_unchecked_signatures(client, editor, statement):
    sign(client, statement, 1)
    sign(client, statement, 2, solved(client))
    for endorsement in Endorsement.objects.all():
        endorsement_confirm(token=endorsement_token(endorsement.public_id))
    client.force_login(editor)
    page = client.get(f"/manage/statements/{statement.slug}/moderation").content.decode()
    assert "Person 1" in page and "Person 2" not in page
    assert "1 listed signature came without the bot check" in page
    unchecked = Endorsement.objects.get(name="Person 1")
    response = client.post(f"/manage/statements/{statement.slug}/moderation/{unchecked.pk}/remove")
    assert response.status_code == 302
    unchecked.refresh_from_db()
    statement.refresh_from_db()
    assert unchecked.status == EndorsementStatus.REJECTED
    assert statement.individuals_count == 1
    # The same address signing again is a repeat of the removed signature.
    assert sign(Client(), statement, 1).status_code == 202
    assert Endorsement.objects.filter(name="Person 1").count() == 1


def test_a_network_count_outlasts_a_crowd_of_other_signers(client, statement):
    """In a spike a hundred others sign between two signatures of a bot: its count
    must still be there when it comes back."""
    for number in range(40):  # the limit without the bot check
        assert sign(client, statement, number, REMOTE_ADDR="198.51.100.7").status_code == 202
        for other in range(100):  # each counted four times, as a signature is
            for scope in ("network", "email", "network-unchecked", "statement-unchecked"):
                throttle_hit(Limit(scope, 10**6, 600), f"crowd-{number}-{other}")
    assert sign(client, statement, 40, REMOTE_ADDR="198.51.100.7").status_code == 429
    assert Endorsement.objects.count() == 40


def test_a_network_is_an_ipv4_address_or_an_ipv6_64(rf, settings):
    def key(address):
        return client_key(rf.get("/", REMOTE_ADDR=address))

    assert key("2001:db8:1:2::10") == key("2001:db8:1:2:ffff::1")  # one subscriber's /64
    assert key("2001:db8:1:2::10") != key("2001:db8:1:3::10")
    assert key("203.0.113.1") != key("203.0.113.2")
    assert key("not an address") == key("") != key("203.0.113.1")
    first = key("203.0.113.1")
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789"
    assert key("203.0.113.1") != first  # keyed: no table of addresses can undo it
    assert len(first) == 32


def test_a_form_signature_reads_only_what_signing_needs(
    client, statement, django_assert_num_queries
):
    """A browser's signature is one INSERT once the statement is cached; the whole page
    is read only when the form has to be shown again."""
    statement_get_for_signing(slug=statement.slug)
    with django_assert_num_queries(1) as queries:
        accepted = _form_post(client, statement, shown_at=_shown_seconds_ago(10))
    assert accepted.status_code == 302 and queries.captured_queries[0]["sql"].startswith("INSERT")
    refused = _form_post(client, statement, shown_at=_shown_seconds_ago(10), homepage="bot")
    assert refused.status_code == 400 and "Ana López" in refused.content.decode()
