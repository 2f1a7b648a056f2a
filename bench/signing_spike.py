"""A signature spike: many people sign one statement at once, with repeats racing.

    .venv/bin/python bench/signing_spike.py [--sqlite] [--html] [--signers N] [--url URL]

Starts `solidarity serve --no-worker` on a throw-away PostgreSQL database
(`SPIKE_DATABASE_URL`, default postgres://postgres@127.0.0.1:5432/spike, dropped and
created again; `--sqlite`: a temporary SQLite file), publishes a statement through the
ORM and signs it through `POST /api/v1/statements/{slug}/endorsements` (`--html`: GET
the statement page, POST its individual form with the CSRF token and cookie) with N
distinct signers plus 10 % repeats sent right beside their originals, at concurrency
8, 32 and 128. The same load, in the same run, goes to bench/baseline/: a bare
Django project whose one view does one INSERT (unique e-mail), served by gunicorn
with 4 workers and persistent connections. Each level runs in rounds in which the two
take turns, so that the machine's drift falls on both; the ratio is the median of the
rounds' ratios.

Then it checks the database: one endorsement row per distinct signer that got an
accepted answer, no duplicates, one confirmation e-mail task per endorsement. The task
worker is not started (`--no-worker`): the check counts the tasks enqueued, and the
worker would only compete for the two cores with the requests being measured; it
would not delete the task rows either way.

The load generator is asyncio over raw HTTP/1.1 keep-alive connections; its own
ceiling is measured first against a trivial HTTP server in another process.
`--url` targets a Solidarity server already running; DATABASE_URL (or
SOLIDARITY_DATA_DIR for SQLite) must then name that server's database.
"""

import argparse
import asyncio
import base64
import collections
import json
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
if sys.prefix == sys.base_prefix and VENV_PYTHON.exists():  # not in a virtual environment
    os.execv(VENV_PYTHON, [str(VENV_PYTHON), *sys.argv])  # noqa: S606 - the project's venv
PYTHON = sys.executable
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/spike"
CONCURRENCY = (8, 32, 128)
REQUEST_TIMEOUT = 30.0
NAMES = ["Ana López", "Иван Петров", "김민준", "فاطمة الزهراء", "Νίκος Παππάς", "Ayşe Yılmaz"]
COUNTRIES = ["AR", "RU", "KR", "EG", "GR", "TR", "BR", "FR", "ZA", "IN"]
# A signature carries its confirmation e-mail on its own row (ADR 0011): due, unsent,
# not yet tried. This is the "confirmation e-mail task" the spike counts.
PENDING_CONFIRMATION = (
    "e.confirmation_due_at IS NOT NULL AND e.confirmation_sent_at IS NULL "
    "AND e.confirmation_attempts = 0"
)


# --- HTTP/1.1 over asyncio streams --------------------------------------------------


class Connection:
    """One keep-alive connection; reopened when the server closes it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, raw: bytes) -> tuple[int, dict[str, list[str]], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            sock = self.writer.get_extra_info("socket")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        assert self.reader is not None
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers: dict[str, list[str]] = collections.defaultdict(list)
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()].append(value.strip())
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"][0]))
        elif "chunked" in headers.get("transfer-encoding", [""])[0].lower():
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.reader.read()
            self.close()
        if headers.get("connection", [""])[0].lower() == "close":
            self.close()
        return status, headers, body


def request_bytes(
    method: str,
    path: str,
    host: str,
    *,
    body: bytes = b"",
    ctype: str = "",
    cookie: str = "",
    client: str = "",
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Accept-Language: en"]
    if client:  # the address our proxy would have seen: one per person signing
        lines.append(f"X-Forwarded-For: {client}")
    if cookie:
        lines.append(f"Cookie: {cookie}")
    if method == "POST":
        lines += [f"Content-Type: {ctype}", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def html_unescape(raw: bytes) -> str:
    return unescape(raw.decode())


# --- the load -----------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    index: int
    name: str
    email: str
    country: str
    display: str
    repeat: bool = False

    @property
    def client(self) -> str:
        return f"10.{(self.index >> 16) & 255}.{(self.index >> 8) & 255}.{self.index & 255}"


def signers_for(tag: str, count: int) -> list[Signer]:
    """`count` distinct signers; every tenth is sent twice, back to back, so that the
    repeat races its original on another connection."""
    work = []
    for i in range(count):
        signer = Signer(
            index=i,
            name=f"{NAMES[i % len(NAMES)]} {tag}-{i}",
            email=f"s{i}.{tag}@example.org",
            country=COUNTRIES[i % len(COUNTRIES)],
            display=("full", "full", "full", "initials", "withheld")[i % 5],
        )
        work.append(signer)
        if i % 10 == 0:
            work.append(Signer(**{**signer.__dict__, "repeat": True}))
    return work


@dataclass
class PhaseResult:
    label: str
    concurrency: int
    sent: int = 0
    accepted: int = 0
    statuses: collections.Counter[str] = field(default_factory=collections.Counter)
    latencies: list[float] = field(default_factory=list)  # seconds, accepted signatures
    post_latencies: list[float] = field(default_factory=list)  # HTML mode: the POST alone
    accepted_signers: set[str] = field(default_factory=set)
    accepted_emails: set[str] = field(default_factory=set)
    unsent: int = 0
    elapsed: float = 0.0
    cpu: float = 0.0  # the generator's own CPU seconds
    machine: dict[str, float] = field(default_factory=dict)  # CPU seconds by process group

    @property
    def rate(self) -> float:
        return self.accepted / self.elapsed if self.elapsed else 0.0

    @property
    def errors(self) -> dict[str, int]:
        return {k: v for k, v in sorted(self.statuses.items()) if k not in {"202", "302"}}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] * 1000


INDIVIDUAL_FORM = re.compile(
    rb'<form[^>]*action="[^"]*/endorse/individual"[^>]*>(.*?)</form>', re.S
)
HIDDEN_INPUT = re.compile(rb'<input[^>]*type="hidden"[^>]*>')
ATTRIBUTE = re.compile(rb'(name|value)="([^"]*)"')


async def sign_api(conn: Connection, host: str, slug: str, s: Signer) -> tuple[str, float]:
    body = json.dumps(
        {
            "kind": "individual",
            "name": s.name,
            "email": s.email,
            "country": s.country,
            "display": s.display,
        }
    ).encode()
    raw = request_bytes(
        "POST",
        f"/api/v1/statements/{slug}/endorsements",
        host,
        body=body,
        ctype="application/json",
        client=s.client,
    )
    start = time.perf_counter()
    status, _, _ = await conn.request(raw)
    return str(status), time.perf_counter() - start


async def sign_html(conn: Connection, host: str, slug: str, s: Signer) -> tuple[str, float]:
    """A browser with no cookies yet: GET the page, POST the form, don't follow the
    redirect to the thank-you page."""
    status, headers, page = await conn.request(
        request_bytes("GET", f"/s/{slug}/", host, client=s.client)
    )
    if status != 200:
        return f"GET {status}", 0.0
    cookie = next(
        (c.split(";")[0] for c in headers.get("set-cookie", []) if c.startswith("csrftoken=")), ""
    )
    found = INDIVIDUAL_FORM.search(page)
    if not cookie or not found:
        return "no form or csrf cookie", 0.0
    form = {}
    for tag in HIDDEN_INPUT.findall(found.group(1)):  # CSRF token, time shown, bot check
        attributes = dict(ATTRIBUTE.findall(tag))
        if b"name" in attributes:
            form[html_unescape(attributes[b"name"])] = html_unescape(attributes.get(b"value", b""))
    form |= {
        "name": s.name,
        "email": s.email,
        "country": s.country,
        "display": s.display,
    }
    raw = request_bytes(
        "POST",
        f"/s/{slug}/endorse/individual",
        host,
        body=urlencode(form).encode(),
        ctype="application/x-www-form-urlencoded",
        cookie=cookie,
        client=s.client,
    )
    start = time.perf_counter()
    status, _, _ = await conn.request(raw)
    return str(status), time.perf_counter() - start


async def run_phase(
    url: str,
    slug: str,
    work: list[Signer],
    concurrency: int,
    *,
    html: bool,
    time_limit: float,
    label: str,
    server_pid: int | None = None,
    database: str = "",
) -> PhaseResult:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    host_header = parts.netloc
    result = PhaseResult(label=label, concurrency=concurrency)
    queue = collections.deque(work)
    sign = sign_html if html else sign_api
    ok = "302" if html else "202"
    deadline = time.perf_counter() + time_limit

    async def client() -> None:
        conn = Connection(host, port)
        while queue and time.perf_counter() < deadline:
            signer = queue.popleft()
            result.sent += 1
            start = time.perf_counter()
            try:
                status, post = await asyncio.wait_for(
                    sign(conn, host_header, slug, signer), REQUEST_TIMEOUT
                )
            except TimeoutError:
                status, post = "timeout", 0.0
                conn.close()
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                status, post = type(error).__name__, 0.0
                conn.close()
            result.statuses[status] += 1
            if status == ok:
                result.accepted += 1
                result.latencies.append(time.perf_counter() - start)
                result.post_latencies.append(post)
                result.accepted_signers.add(signer.name)
                result.accepted_emails.add(signer.email)
        conn.close()

    before = cpu_snapshot(server_pid, database)
    cpu = time.process_time()
    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    result.elapsed = time.perf_counter() - start
    result.cpu = time.process_time() - cpu
    after = cpu_snapshot(server_pid, database)
    result.machine = {k: max(0.0, after[k] - before[k]) for k in after}
    result.unsent = len(queue)
    return result


TICK = os.sysconf("SC_CLK_TCK")


POSTGRES_SHARED = (" walwriter", " checkpointer", " background writer")


def _serves(pid: int, database: str) -> bool:
    """Whether a PostgreSQL process works for `database`: its backends, and the writers
    that every commit relies on."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            title = handle.read().decode(errors="replace")
    except OSError:
        return False
    return f" {database} " in title or title.rstrip("\0 ").endswith(POSTGRES_SHARED)


def cpu_snapshot(server_pid: int | None, database: str = "") -> dict[str, float]:
    """CPU seconds used so far by the server's processes, PostgreSQL's for `database`,
    this one, and the whole machine (busy time over all cores), read from /proc."""
    stats: dict[int, tuple[int, str, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                raw = handle.read()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        stats[int(entry)] = (int(fields[1]), comm, (int(fields[11]) + int(fields[12])) / TICK)
    tree = {server_pid} if server_pid else set()
    grew = True
    while grew:
        children = {pid for pid, (ppid, _, _) in stats.items() if ppid in tree} - tree
        tree |= children
        grew = bool(children)
    with open("/proc/stat") as handle:
        cpu = [int(x) for x in handle.readline().split()[1:]]
    return {
        "server": sum(stats[pid][2] for pid in tree if pid in stats),
        "postgres": sum(
            cpu
            for pid, (_, comm, cpu) in stats.items()
            if database and comm == "postgres" and _serves(pid, database)
        ),
        "generator": stats.get(os.getpid(), (0, "", 0.0))[2],
        "machine": (sum(cpu[:8]) - cpu[3] - cpu[4]) / TICK,
    }


def report(r: PhaseResult, html: bool) -> None:
    extra = ""
    if html:
        extra = (
            f"  POST p50/p99 {percentile(r.post_latencies, 50):6.1f}/"
            f"{percentile(r.post_latencies, 99):6.1f} ms"
        )
    errors = ", ".join(f"{k}: {v}" for k, v in r.errors.items()) or "none"
    unsent = f", unsent at the time limit: {r.unsent}" if r.unsent else ""
    print(
        f"  {r.label:<10} c={r.concurrency:<4} {r.rate:7.0f} accepted/s  "
        f"p50 {percentile(r.latencies, 50):6.1f}  p95 {percentile(r.latencies, 95):6.1f}  "
        f"p99 {percentile(r.latencies, 99):6.1f} ms{extra}  "
        f"({r.accepted}/{r.sent} accepted in {r.elapsed:.1f} s; errors: {errors}{unsent}; "
        f"generator CPU {1000 * r.cpu / max(r.sent, 1):.2f} ms/signature)",
        flush=True,
    )
    if r.machine and r.accepted:
        m = r.machine
        other = m["machine"] - m["server"] - m["postgres"] - m["generator"]
        print(
            f"{'':14}CPU per accepted signature: server {1000 * m['server'] / r.accepted:.2f} ms, "
            f"PostgreSQL {1000 * m['postgres'] / r.accepted:.2f} ms, "
            f"generator {1000 * m['generator'] / r.accepted:.2f} ms; "
            f"machine busy {100 * m['machine'] / r.elapsed / (os.cpu_count() or 1):.0f} %, "
            f"other processes {other / r.elapsed:.2f} cores",
            flush=True,
        )


# --- the generator's ceiling --------------------------------------------------------

TRIVIAL_SERVER = r"""
import asyncio, sys
ANSWER = (b"HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
          b"Content-Length: 2\r\n\r\n{}")
FORM = (b'<form method="post" action="/s/x/endorse/individual">'
        b'<input type="hidden" name="csrfmiddlewaretoken" value="t"></form>')
PAGE = (b"HTTP/1.1 200 OK\r\nSet-Cookie: csrftoken=x; Path=/\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(FORM), FORM))
FOUND = b"HTTP/1.1 302 Found\r\nLocation: /thanks\r\nContent-Length: 0\r\n\r\n"
async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            if head.startswith(b"GET"):
                writer.write(PAGE)
            elif b"/endorse/" in head.split(b"\r\n")[0]:
                writer.write(FOUND)
            else:
                writer.write(ANSWER)
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]), backlog=1024)
    async with server:
        await server.serve_forever()
asyncio.run(main())
"""


def measure_ceiling(signers: int, html: bool) -> None:
    port = free_port()
    process = subprocess.Popen([PYTHON, "-c", TRIVIAL_SERVER, str(port)])  # noqa: S603
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_port(port, process)
        work = signers_for("ceiling", 20_000)
        for concurrency in (32, 128):
            r = asyncio.run(
                run_phase(
                    url, "x", work, concurrency,
                    html=html, time_limit=30, label="ceiling", server_pid=process.pid,
                )
            )  # fmt: skip
            report(r, html)
    finally:
        process.terminate()
        process.wait()


# --- servers and databases ----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing listens on port {port} after {timeout} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + quote(name)))


def reset_postgres(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


class Database:
    """Read-only checks after the spike, on PostgreSQL or SQLite."""

    def __init__(self, url: str = "", sqlite_path: str = "") -> None:
        if url:
            import psycopg

            self.conn = psycopg.connect(url, autocommit=True)
            self.mark = "%s"
        else:
            self.conn = sqlite3.connect(sqlite_path)
            self.mark = "?"

    def rows(self, sql: str, *params: object) -> list[tuple]:
        return list(self.conn.execute(sql.replace("%s", self.mark), params).fetchall())

    def close(self) -> None:
        self.conn.close()


@dataclass
class Target:
    label: str
    url: str
    slug: str
    database: Callable[[], Database]
    process: subprocess.Popen[bytes] | None = None
    tasks: bool = True  # whether signing leaves a confirmation e-mail to send
    db_url: str = ""
    env: dict[str, str] = field(default_factory=dict)


def solidarity_env(args: argparse.Namespace, data_dir: str, db_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    env.setdefault("SOLIDARITY_ENCRYPTION_KEY", base64.urlsafe_b64encode(os.urandom(32)).decode())
    env.update(
        DJANGO_SETTINGS_MODULE="solidarity.settings",
        SOLIDARITY_DATA_DIR=env.get("SOLIDARITY_DATA_DIR", data_dir) if args.url else data_dir,
        EMAIL_URL="consolemail://",  # no real mail; and no worker sends any
        LOG_LEVEL="ERROR",
        # A spike is many people, each from their own address as our proxy saw it; the
        # generator sends no proof-of-work, so every signature takes the unchecked path,
        # whose per-statement limit (1,000 in 10 minutes) a spike exceeds by design:
        # scale the limits up so that throughput, not the limit, is measured.
        SOLIDARITY_CLIENT_ADDRESS_HEADER="X-Forwarded-For",
        SOLIDARITY_TRUSTED_PROXIES="1",
        SOLIDARITY_THROTTLE_SCALE="1000",
        SOLIDARITY_FORM_MIN_SECONDS="0",  # the generator fills the form at once
    )
    if db_url:
        env["DATABASE_URL"] = db_url
    else:
        env.pop("DATABASE_URL", None)
    return env


PREPARE = r"""
import django, sys
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from solidarity.accounts.services import user_create
from solidarity.organizations.services import organization_create
from solidarity.statements.services import statement_create, statement_publish
tag = sys.argv[1]
user = user_create(email=f"spike-{tag}@example.org")
org = organization_create(acting_user=user, name=f"Spike Union {tag}", kind="union",
                          countries=["FR"])
statement = statement_create(acting_user=user, title=f"Spike {tag}", body="Text.",
                             language="en", initiators=[org])
statement_publish(statement=statement, acting_user=user)
print(statement.slug)
"""


PROFILE = r"""
import cProfile, io, json, pstats, sys, time
import django
django.setup()
from django.db import connection
from solidarity.wsgi import application as app  # with the signing lane, as served
slug, html = sys.argv[1], sys.argv[2] == "1"
queries = []

def count(execute, sql, params, many, context):
    queries.append(sql.split(" ", 1)[0])
    return execute(sql, params, many, context)

def call(method, path, body=b"", ctype="", cookie="", client="10.0.0.1"):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_ACCEPT_LANGUAGE": "en", "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http",
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": ctype, "HTTP_COOKIE": cookie,
        "REMOTE_ADDR": "127.0.0.1", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_X_FORWARDED_FOR": client,
    }
    status = []
    chunks = app(environ, lambda s, h, *a: status.append(s))
    content = b"".join(chunks)
    return int(status[0].split()[0]), content

def sign(i):
    person = {"name": f"Profiled Person {i}", "email": f"profiled{i}@example.org",
              "country": "AR", "display": "full"}
    if html:
        from urllib.parse import urlencode
        import re
        _, page = call("GET", f"/s/{slug}/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        cookie = "csrftoken=" + token[:32]  # any valid secret: the form token masks it
        from django.middleware.csrf import _mask_cipher_secret
        secret = "a" * 32
        person["csrfmiddlewaretoken"] = _mask_cipher_secret(secret)
        status, _ = call("POST", f"/s/{slug}/endorse/individual", urlencode(person).encode(),
                         "application/x-www-form-urlencoded", "csrftoken=" + secret)
        assert status == 302, status
    else:
        body = json.dumps({"kind": "individual", **person}).encode()
        status, _ = call("POST", f"/api/v1/statements/{slug}/endorsements", body,
                         "application/json", client=f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}")
        assert status == 202, status

for i in range(100):
    sign(i)
n = 1000
with connection.execute_wrapper(count):
    cpu, wall = time.process_time(), time.perf_counter()
    for i in range(100, 100 + n):
        sign(i)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
kinds = {k: queries.count(k) / n for k in sorted(set(queries))}
print(f"one process, no concurrency: {1000 * wall / n:.2f} ms wall, {1000 * cpu / n:.2f} ms CPU "
      f"per signature; SQL statements per signature: {kinds}")
profile = cProfile.Profile(time.process_time)  # CPU time, not waiting
profile.enable()
for i in range(100 + n, 100 + 2 * n):
    sign(i)
profile.disable()
stats = pstats.Stats(profile)
stats.sort_stats("tottime").print_stats(25)
stats.sort_stats("cumulative").print_stats(70)
stats.sort_stats("cumulative").print_stats("solidarity/", 40)  # the project's own code
"""


def profile_signing(args: argparse.Namespace, tmp: str) -> None:
    """cProfile of signing requests through the WSGI handler in this one process."""
    target = start_solidarity(args, tmp, serve=False)
    env = solidarity_env(args, os.path.join(tmp, "solidarity"), target.db_url)
    subprocess.run(  # noqa: S603
        [PYTHON, "-c", PROFILE, target.slug, "1" if args.html else "0"], env=env, check=True
    )


def start_solidarity(args: argparse.Namespace, tmp: str, *, serve: bool = True) -> Target:
    if args.sqlite:
        db_url = ""
        data_dir = os.path.join(tmp, "solidarity")
    else:
        db_url = os.environ.get("DATABASE_URL", DEFAULT_PG) if args.url else args.database
        data_dir = os.path.join(tmp, "solidarity")
        if not args.url:
            reset_postgres(db_url)
    env = solidarity_env(args, data_dir, db_url)
    tag = secrets.token_hex(3)
    prepared = subprocess.run(  # noqa: S603
        [PYTHON, "-c", PREPARE, tag], env=env, capture_output=True, text=True, check=False
    )
    if prepared.returncode:
        raise SystemExit(f"could not publish a statement:\n{prepared.stderr}")
    slug = prepared.stdout.split()[-1]
    sqlite_path = os.path.join(env["SOLIDARITY_DATA_DIR"], "solidarity.sqlite3")

    def database() -> Database:
        return Database(db_url, sqlite_path)

    if args.url or not serve:
        return Target("solidarity", args.url or "", slug, database, db_url=db_url, env=env)
    port = free_port()
    command = [PYTHON, "-m", "solidarity.cli", "serve", "--no-worker", "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    if args.threads:
        command += ["--threads", str(args.threads)]
    process = subprocess.Popen(command, env=env, cwd=tmp)  # noqa: S603
    wait_for_port(port, process)
    return Target(
        "solidarity", f"http://127.0.0.1:{port}", slug, database, process, db_url=db_url, env=env
    )


def start_baseline(args: argparse.Namespace, tmp: str) -> Target:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="baseline.settings",
        PYTHONPATH=str(BENCH),
        BASELINE_SQLITE=os.path.join(tmp, "baseline.sqlite3"),
    )
    db_url = ""
    if args.sqlite:
        env.pop("DATABASE_URL", None)
    else:
        db_url = args.database + "_baseline"
        env["DATABASE_URL"] = db_url
        reset_postgres(db_url)
    subprocess.run(  # noqa: S603
        [PYTHON, "-m", "django", "migrate", "--verbosity", "0"], env=env, cwd=BENCH, check=True
    )
    port = free_port()
    command = [
        PYTHON, "-m", "gunicorn", "baseline.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", "4", "--error-logfile", "-",
    ]  # fmt: skip
    from gunicorn.config import KNOWN_SETTINGS

    if any("--no-control-socket" in (s.cli or ()) for s in KNOWN_SETTINGS):
        command.append("--no-control-socket")
    process = subprocess.Popen(command, env=env, cwd=BENCH)  # noqa: S603
    wait_for_port(port, process)

    def database() -> Database:
        return Database(db_url, env["BASELINE_SQLITE"])

    return Target(
        "baseline", f"http://127.0.0.1:{port}", "x", database, process, tasks=False, db_url=db_url
    )


# --- verification -------------------------------------------------------------------


def endorsement_rows(db: Database, slug: str) -> list[tuple[str, str, bool]]:
    """(name, e-mail hash, whether its confirmation e-mail is pending) per endorsement."""
    return [
        (name, digest, bool(pending))
        for name, digest, pending in db.rows(
            f"SELECT e.name, e.email_hash, {PENDING_CONFIRMATION} "  # noqa: S608
            "FROM endorsements_endorsement e "
            "JOIN statements_statement s ON s.id = e.statement_id WHERE s.slug = %s",
            slug,
        )
    ]


def verify(target: Target, results: list[PhaseResult]) -> bool:
    accepted = set().union(*(r.accepted_signers for r in results))
    db = target.database()
    try:
        if target.label == "baseline":
            rows = [(name, email, True) for name, email in db.rows(
                "SELECT name, email FROM baseline_signature"
            )]  # fmt: skip
        else:
            rows = endorsement_rows(db, target.slug)
    finally:
        db.close()
    names = collections.Counter(name for name, _, _ in rows)
    hashes = collections.Counter(digest for _, digest, _ in rows)
    lost = [n for n in accepted if names[n] == 0]
    duplicated = [n for n, c in names.items() if c > 1] + [h for h, c in hashes.items() if c > 1]
    unanswered = [n for n in names if n not in accepted]
    print(f"  {target.label}: {len(accepted)} distinct signers got an accepted answer")
    print(f"    rows: {len(names)}; lost: {len(lost)}; duplicated: {len(duplicated)}")
    if unanswered:
        print(f"    rows whose request got no accepted answer (committed, answer lost): "
              f"{len(unanswered)}")  # fmt: skip
    good = not lost and not duplicated
    if target.tasks:
        missing = sum(1 for _, _, pending in rows if not pending)
        print(
            f"    confirmation e-mails pending: {len(rows) - missing} for {len(rows)} "
            f"endorsements; endorsements without one: {missing}"
        )
        good = good and not missing
    print(f"    {'OK' if good else 'FAILED'}")
    return good


def send_confirmations(target: Target, env: dict[str, str], expected: set[str]) -> bool:
    """Run the worker once over everything due, writing e-mails to files, and check that
    every signer got exactly one."""
    folder = tempfile.mkdtemp(prefix="spike-mail-")
    started = time.perf_counter()
    subprocess.run(  # noqa: S603
        [PYTHON, "-m", "solidarity.cli", "worker", "--batch"],
        env={**env, "EMAIL_URL": f"filemail://{folder}"},
        check=True,
    )
    elapsed = time.perf_counter() - started
    received: collections.Counter[str] = collections.Counter()
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as messages:
            received.update(
                line.removeprefix("To: ").strip().lower()
                for line in messages
                if line.startswith("To: ")
            )
    shutil.rmtree(folder)
    missing = [address for address in expected if received[address] == 0]
    twice = [address for address, count in received.items() if count > 1]
    stray = [address for address in received if address not in expected]
    print(
        f"  worker sent {sum(received.values())} confirmation e-mails in {elapsed:.1f} s "
        f"({sum(received.values()) / elapsed:.0f}/s); signers without one: {len(missing)}; "
        f"more than one: {len(twice)}; to no signer: {len(stray)}"
    )
    return not missing and not twice and not stray


# --- main ---------------------------------------------------------------------------


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def warm_up(target: Target, args: argparse.Namespace) -> PhaseResult:
    """Every worker process imports, compiles templates and opens its connections."""
    return asyncio.run(
        run_phase(
            target.url, target.slug, signers_for(f"warm-{target.label}", 100), 8,
            html=args.html, time_limit=60, label="warm-up",
        )
    )  # fmt: skip


def spike_round(
    target: Target, args: argparse.Namespace, concurrency: int, round_number: int
) -> PhaseResult:
    work = signers_for(f"{target.label}-c{concurrency}-r{round_number}", args.signers)
    result = asyncio.run(
        run_phase(
            target.url, target.slug, work, concurrency,
            html=args.html, time_limit=args.time_limit, label=target.label,
            server_pid=target.process.pid if target.process else args.server_pid,
            database=urlsplit(target.db_url).path.lstrip("/"),
        )
    )  # fmt: skip
    report(result, args.html)
    return result


def spike(targets: list[Target], args: argparse.Namespace) -> dict[str, list[PhaseResult]]:
    """Each concurrency level in rounds, the targets taking turns within a round, so
    that the machine's drift (its speed varies by a third within minutes) falls on
    both alike."""
    results = {target.label: [warm_up(target, args)] for target in targets}
    for concurrency in CONCURRENCY:
        for round_number in range(1, args.rounds + 1):
            for target in targets:
                results[target.label].append(spike_round(target, args, concurrency, round_number))
    return results


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def summary(results: dict[str, list[PhaseResult]]) -> None:
    """Median rate per target and level, and the ratio of each round's pair at 32."""
    print("median accepted/s per level:")
    for label, phases in results.items():
        medians = {
            level: median([r.rate for r in phases[1:] if r.concurrency == level])
            for level in CONCURRENCY
        }
        print(f"  {label:<10} " + "  ".join(f"c={c}: {m:.0f}/s" for c, m in medians.items()))
    if "baseline" not in results:
        return
    pairs = [
        (ours.rate, theirs.rate)
        for ours, theirs in zip(results["solidarity"][1:], results["baseline"][1:], strict=True)
        if ours.concurrency == 32
    ]
    ratios = [ours / theirs for ours, theirs in pairs]
    rounds = ", ".join(f"{ours:.0f}/{theirs:.0f} = {r:.2f}" for (ours, theirs), r in zip(
        pairs, ratios, strict=True
    ))  # fmt: skip
    print(f"ratio at concurrency 32, round by round (Solidarity/baseline): {rounds}")
    rounds_taken = f"median of {len(ratios)} rounds" if len(ratios) > 1 else "one round"
    print(f"ratio at concurrency 32: {median(ratios):.2f} ({rounds_taken})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--html", action="store_true", help="sign through the HTML form")
    parser.add_argument("--signers", type=int, default=3000, help="distinct signers per level")
    parser.add_argument("--url", help="a running Solidarity server to target")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per level")
    parser.add_argument("--workers", type=int, help="`solidarity serve --workers`")
    parser.add_argument("--threads", type=int, help="`solidarity serve --threads`")
    parser.add_argument(
        "--server-pid", type=int, help="with --url: the server's main process, to count its CPU"
    )
    parser.add_argument(
        "--database",
        default=os.environ.get("SPIKE_DATABASE_URL", DEFAULT_PG),
        help="throw-away PostgreSQL database (dropped and created again)",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds per level, the targets taking turns"
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--no-send", action="store_true", help="skip sending the confirmation e-mails after"
    )
    parser.add_argument("--no-ceiling", action="store_true")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile signing in one process, then stop"
    )
    args = parser.parse_args()
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="signing-spike-") as tmp:
            profile_signing(args, tmp)
        return 0
    mode = "HTML form" if args.html else "API"
    engine = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"Signing spike: {mode}, {engine}, {args.signers} signers + 10 % repeats per level, "
          f"{os.cpu_count()} CPUs, load average {load_average()}", flush=True)  # fmt: skip
    if not args.no_ceiling:
        print("Load generator ceiling (a trivial HTTP server in another process):")
        measure_ceiling(args.signers, args.html)
    all_good = True
    with tempfile.TemporaryDirectory(prefix="signing-spike-") as tmp:
        starts = [start_solidarity] + ([] if args.no_baseline else [start_baseline])
        targets: list[Target] = []
        try:
            for start in starts:
                targets.append(start(args, tmp))
            for target in targets:
                print(f"{target.label} at {target.url}", flush=True)
            print(f"load average {load_average()}", flush=True)
            results = spike(targets, args)
        finally:
            for target in targets:
                if target.process is not None:
                    stop(target.process)
        print(f"load average {load_average()}")
        for target in targets:
            phases = results[target.label]
            all_good = verify(target, phases) and all_good
            if target.tasks and not args.no_send:
                emails = set().union(*(r.accepted_emails for r in phases))
                all_good = send_confirmations(target, target.env, emails) and all_good
            all_good = all_good and not any(
                k.startswith("5") or k == "timeout" for r in phases for k in r.errors
            )
    summary(results)
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
