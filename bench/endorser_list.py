"""Fill a statement with N confirmed endorsements and time the public reads.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/endorser_list.py [N]

Runs against a throw-away database (SQLite in a temporary folder when DATABASE_URL is
unset; on PostgreSQL the named database is emptied by the migrations' flush). Prints
p50/p99 server time for the statement page, endorser list pages and the API list.
"""

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "solidarity.settings_test")
# Measure with the production connection pool, not a connection per request.
os.environ.setdefault("SOLIDARITY_DB_POOL", "true")
os.environ.setdefault("SOLIDARITY_DATA_DIR", tempfile.mkdtemp(prefix="solidarity-bench-"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

NAMES = ["Ana López", "Иван Петров", "김민준", "فاطمة الزهراء", "Νίκος Παππάς", "Ayşe Yılmaz"]
COUNTRIES = ["AR", "RU", "KR", "EG", "GR", "TR", "BR", "FR", "ZA", "IN"]


def fill(n: int) -> str:
    from solidarity.accounts.services import user_create
    from solidarity.core.crypto import email_hash, encrypt
    from solidarity.endorsements.models import Endorsement
    from solidarity.endorsements.services import sort_key
    from solidarity.organizations.services import organization_create
    from solidarity.statements.models import Statement
    from solidarity.statements.services import statement_create, statement_publish

    user = user_create(email="bench@example.org")
    organization = organization_create(
        acting_user=user, name="Bench Union", kind="union", countries=["FR"]
    )
    statement = statement_create(
        acting_user=user, title="Bench", body="Text", language="en", initiators=[organization]
    )
    version = statement_publish(statement=statement, acting_user=user)
    sealed = encrypt("someone@example.org")
    organizations = [
        organization_create(
            acting_user=None,
            name=f"Union {i:05d}",
            alt_names=[f"Союз {i}"],
            kind="union",
            countries=[COUNTRIES[i % len(COUNTRIES)]],
        )
        for i in range(n // 100)
    ]
    rows = []
    for i in range(n):
        is_org = i < len(organizations)
        name = organizations[i].name if is_org else f"{NAMES[i % len(NAMES)]} {i}"
        rows.append(
            Endorsement(
                statement=statement,
                version=version,
                kind="organization" if is_org else "individual",
                status="published",
                name=name,
                public_name=name,
                sort_name=sort_key(name),
                display="withheld" if i % 10 == 9 and not is_org else "full",
                organization=organizations[i] if is_org else None,
                country=COUNTRIES[i % len(COUNTRIES)],
                email_encrypted=sealed,
                email_hash=email_hash(f"p{i}@example.org"),
            )
        )
    Endorsement.objects.bulk_create(rows, batch_size=5000)
    individuals = n - len(organizations)
    Statement.objects.filter(pk=statement.pk).update(
        organizations_count=len(organizations),
        individuals_count=individuals,
        withheld_count=sum(1 for i in range(len(organizations), n) if i % 10 == 9),
    )
    return statement.slug


def timed(client: Client, path: str, language: str, runs: int = 30) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path, headers={"Accept-Language": language})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    start = time.perf_counter()
    slug = fill(n)
    with connection.cursor() as cursor:
        # What autovacuum does soon after a bulk of inserts on a live site: statistics,
        # and the visibility map that lets deep pages skip rows by the index alone.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"{connection.vendor}: filled {n} endorsements in {time.perf_counter() - start:.1f} s")
    client = Client()
    from solidarity.statements.models import Statement

    statement = Statement.objects.get(slug=slug)
    listed = statement.individuals_count - statement.withheld_count
    last = -(-listed // 50)  # the last page of individuals that holds names
    from solidarity.endorsements.models import EndorsementKind
    from solidarity.endorsements.selectors import endorser_page

    def cursor_to(page: int, sort: str, language: str) -> str:
        """The cursor a reader following "Next" links holds on arriving at ``page``."""
        before = endorser_page(
            statement=statement,
            kind=EndorsementKind.INDIVIDUAL,
            sort=sort,
            language=language,
            page=page - 1,
        )
        assert before.next_cursor is not None
        return before.next_cursor

    middle_by_country = cursor_to(last // 2, "country", "en")
    last_by_name = cursor_to(last, "name", "en")
    last_korean = cursor_to(last, "name", "ko")
    for label, path, language in [
        (
            "middle page by country, cursor",
            f"/s/{slug}/?people_after={middle_by_country}&sort=country",
            "en",
        ),
        ("last page by name, cursor", f"/s/{slug}/?people_after={last_by_name}", "en"),
        ("last page, Korean, cursor", f"/s/{slug}/?people_after={last_korean}", "ko"),
        (
            "API last page, cursor",
            f"/api/v1/statements/{slug}/endorsements?people_after={last_by_name}",
            "en",
        ),
        ("statement page", f"/s/{slug}/", "en"),
        ("statement page, Russian reader", f"/s/{slug}/", "ru"),
        ("page 2 of individuals by name", f"/s/{slug}/?people=2", "en"),
        ("middle page by country", f"/s/{slug}/?people={last // 2}&sort=country", "en"),
        ("same, French reader", f"/s/{slug}/?people={last // 2}&sort=country", "fr"),
        ("last page by name", f"/s/{slug}/?people={last}", "en"),
        ("last page, Korean reader", f"/s/{slug}/?people={last}", "ko"),
        ("API list page 1", f"/api/v1/statements/{slug}/endorsements", "en"),
        ("API list middle page", f"/api/v1/statements/{slug}/endorsements?page={last // 2}", "en"),
        ("API statement (counts)", f"/api/v1/statements/{slug}", "en"),
    ]:
        p50, p99 = timed(client, path, language)
        print(f"{label:32} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms")


if __name__ == "__main__":
    main()
