"""Faults survived during a signature spike: the server SIGKILLed, PostgreSQL restarted.

    .venv/bin/python bench/fault_spike.py [--only kill|database] [--signers N]

Both scenarios sign one statement through `POST /api/v1/statements/{slug}/endorsements`
at concurrency 32 against `solidarity serve --no-worker` on a throw-away PostgreSQL
database (`FAULT_DATABASE_URL`, default postgres://postgres@127.0.0.1:5432/fault_spike,
dropped and created again), with the signing limits scaled up and one address per
signer, as bench/signing_spike.py does (its pieces are imported from it).

1. **kill**: `--kill-after` seconds (default 1) after the first 202, the whole server
   process group (the `serve` process, granian's main process and workers) gets SIGKILL.
   The requests answered 202 before the kill are recorded, and those that lost their
   connection; the server is started again on the same port and the spike carries on,
   the cut-off requests sent again first (as a client would). Then the database must
   hold exactly one endorsement and its confirmation e-mail pending per signer that got 202, no
   endorsement without it, no duplicates, and the restarted server must have
   accepted everyone.
2. **database**: with the spike running, PostgreSQL is stopped (`pg_ctlcluster … stop
   -m fast`) for `--outage` seconds, then started again, and the load goes on for
   `--after` seconds. Every answer from the stop on must be a 202 or a clean 503
   (`application/problem+json`, `Retry-After`, no trace); none may hang; the service must
   answer 202 again by itself; every 202 must have its row and e-mail.

PostgreSQL is always started again (in a `finally`, and on SIGTERM), and at the end it
must answer `select 1`. Each check prints PASS or FAIL; the exit status is 1 on any FAIL.
"""

import argparse
import asyncio
import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import signing_spike as spike  # noqa: E402 - re-executes under the project's venv first

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/fault_spike"
CONCURRENCY = 32
SERVER_EXCEPTIONS = (OSError, asyncio.IncompleteReadError, ValueError)
TRACE_MARKERS = (b"Traceback", b'File "', b"psycopg", b"5432", b"OperationalError")


def cluster() -> list[str]:
    versions = sorted(os.listdir("/etc/postgresql"))
    return ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main"]


def postgres(action: str) -> float:
    """`pg_ctlcluster … main stop|start`; returns how long it took."""
    started = time.perf_counter()
    command = [*cluster(), action] + (["-m", "fast"] if action == "stop" else [])
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def postgres_answers() -> bool:
    done = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "select 1", "test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return done.returncode == 0 and done.stdout.strip() == "1"


# --- checks -------------------------------------------------------------------------


@dataclass
class Checks:
    results: list[tuple[str, bool]] = field(default_factory=list)

    def __call__(self, name: str, good: bool, detail: str = "") -> bool:
        self.results.append((name, good))
        print(
            f"  {'PASS' if good else 'FAIL'}: {name}{f' ({detail})' if detail else ''}", flush=True
        )
        return good

    @property
    def good(self) -> bool:
        return all(good for _, good in self.results)


# --- the load, recording every answer -----------------------------------------------


class Recording(spike.Connection):
    """A connection that keeps the last answer whole, headers and body included."""

    last: tuple[int, dict[str, list[str]], bytes] = (0, {}, b"")

    async def request(self, raw: bytes) -> tuple[int, dict[str, list[str]], bytes]:
        self.last = await super().request(raw)
        return self.last


@dataclass
class Outcome:
    signer: spike.Signer
    status: str  # the HTTP status, or the exception that ended the request
    sent: float  # seconds since the load started
    done: float
    ctype: str = ""
    retry_after: str = ""
    body: bytes = b""

    @property
    def took(self) -> float:
        return self.done - self.sent

    @property
    def clean_503(self) -> bool:
        if self.status != "503" or self.ctype != "application/problem+json":
            return False
        if not self.retry_after or any(m in self.body for m in TRACE_MARKERS):
            return False
        try:
            return json.loads(self.body).get("status") == 503
        except ValueError:
            return False


class Load:
    """`concurrency` clients signing from one queue; `gate` cleared holds them back
    between requests (while the server is down)."""

    def __init__(self, url: str, slug: str, work: list[spike.Signer], timeout: float) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.netloc = parts.hostname or "", parts.port or 80, parts.netloc
        self.slug, self.timeout = slug, timeout
        self.queue = collections.deque(work)
        self.outcomes: list[Outcome] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.stopped = False
        self.in_flight = 0
        self.epoch = 0  # raised when the server restarts: connections before it are dead
        self.start = time.perf_counter()

    def now(self) -> float:
        return time.perf_counter() - self.start

    async def client(self) -> None:
        conn = Recording(self.host, self.port)
        epoch = self.epoch
        while not self.stopped:
            await self.gate.wait()
            if self.stopped or not self.queue:
                break
            if epoch != self.epoch:  # a keep-alive connection to the killed server
                conn.close()
                epoch = self.epoch
            signer = self.queue.popleft()
            self.in_flight += 1
            outcome = Outcome(signer, "", self.now(), 0.0)
            try:
                status, _ = await asyncio.wait_for(
                    spike.sign_api(conn, self.netloc, self.slug, signer), self.timeout
                )
                _, headers, body = conn.last
                outcome.status, outcome.body = status, body
                outcome.ctype = headers.get("content-type", [""])[0]
                outcome.retry_after = headers.get("retry-after", [""])[0]
            except TimeoutError:
                outcome.status = "timeout"
                conn.close()
            except SERVER_EXCEPTIONS as error:
                outcome.status = type(error).__name__
                conn.close()
            outcome.done = self.now()
            self.in_flight -= 1
            self.outcomes.append(outcome)
        conn.close()

    async def run(self, concurrency: int) -> None:
        self.start = time.perf_counter()
        await asyncio.gather(*(self.client() for _ in range(concurrency)))


def accepted_names(outcomes: list[Outcome]) -> set[str]:
    return {o.signer.name for o in outcomes if o.status == "202"}


def by_status(outcomes: list[Outcome]) -> str:
    counts = collections.Counter(o.status for o in outcomes)
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "none"


def verify_rows(target: spike.Target, outcomes: list[Outcome], checks: Checks) -> set[str]:
    """signing_spike's own check (one row carrying its pending confirmation e-mail per
    accepted signer, none twice, none missing), then the rows per name, to compare
    with the answers."""
    accepted = spike.PhaseResult("fault", CONCURRENCY, accepted_signers=accepted_names(outcomes))
    checks(
        "every 202 has exactly one endorsement row carrying its confirmation e-mail; "
        "no duplicates; no endorsement without its e-mail",
        spike.verify(target, [accepted]),
    )
    return set(rows_by_name(target))


def rows_by_name(target: spike.Target) -> collections.Counter[str]:
    return state(target)[0]


def state(target: spike.Target) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Endorsement rows, and those carrying their pending confirmation e-mail, counted
    by the signer's name."""
    db = target.database()
    try:
        rows = spike.endorsement_rows(db, target.slug)
    finally:
        db.close()
    return (
        collections.Counter(name for name, _, _ in rows),
        collections.Counter(name for name, _, pending in rows if pending),
    )


# --- servers ------------------------------------------------------------------------


def prepare(args: argparse.Namespace, tmp: str) -> tuple[spike.Target, dict[str, str]]:
    """A fresh database with one published statement, and the server's environment."""
    options = argparse.Namespace(sqlite=False, url=None, database=args.database, workers=None)
    target = spike.start_solidarity(options, tmp, serve=False)
    env = spike.solidarity_env(options, os.path.join(tmp, "solidarity"), args.database)
    return target, env


def start_server(env: dict[str, str], port: int, tmp: str, log: Path) -> subprocess.Popen[bytes]:
    """`solidarity serve --no-worker` in a session of its own, so that its whole process
    group can be killed; its output goes to `log`."""
    command = [spike.PYTHON, "-m", "solidarity.cli", "serve", "--no-worker", "--port", str(port)]
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603
            command,
            env=env,
            cwd=tmp,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    spike.wait_for_port(port, process)
    return process


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # The serve process alone: it passes the signal on (docs/operations.md).
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=40)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def group_members(pgid: int) -> list[int]:
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry))
    return members


def log_lines(log: Path, *words: str) -> list[str]:
    text = log.read_text(errors="replace").splitlines()
    return [line for line in text if any(w in line for w in words)]


# --- 1. the server killed -----------------------------------------------------------


def scenario_kill(args: argparse.Namespace, tmp: str, checks: Checks) -> None:
    print(
        f"\n1. Server killed with SIGKILL mid-spike ({args.signers} signers + 10 % "
        f"repeats, concurrency {CONCURRENCY}, kill after {args.kill_after} s)",
        flush=True,
    )
    target, env = prepare(args, tmp)
    port, log = spike.free_port(), Path(tmp, "kill-server.log")
    server = start_server(env, port, tmp, log)
    load = Load(
        f"http://127.0.0.1:{port}",
        target.slug,
        spike.signers_for("kill", args.signers),
        spike.REQUEST_TIMEOUT,
    )
    marks: dict[str, float] = {}
    committed_unanswered: set[str] = set()

    async def killer() -> None:
        nonlocal server
        while not any(o.status == "202" for o in load.outcomes):  # workers warmed up
            await asyncio.sleep(0.01)
        marks["first_202"] = load.now()
        await asyncio.sleep(args.kill_after)
        load.gate.clear()  # no new request while the server is away
        in_flight = load.in_flight
        os.killpg(server.pid, signal.SIGKILL)
        marks["kill"] = load.now()
        await asyncio.to_thread(server.wait)
        while load.in_flight:
            await asyncio.sleep(0.01)
        left = group_members(server.pid)
        print(
            f"  first 202 at {marks['first_202']:.2f} s; "
            f"SIGKILL at {marks['kill']:.2f} s with {in_flight} requests in flight; "
            f"processes of the group left: {len(left)}",
            flush=True,
        )
        before = list(load.outcomes)
        lost = [o for o in before if o.status != "202"]
        print(
            f"  before the kill: {len(before)} answers ({by_status(before)}); "
            f"{len(load.queue)} signers not sent yet",
            flush=True,
        )
        marks["accepted_before"] = len(accepted_names(before))
        rows, pending = state(target)
        names = accepted_names(before)
        committed_unanswered.update(
            o.signer.name for o in lost if rows[o.signer.name] and o.signer.name not in names
        )
        checks(
            "at the kill, before any restart: every signer answered 202 has exactly one row "
            "carrying its confirmation e-mail; every row carries it (none half-written)",
            all(rows[n] == 1 and pending[n] == 1 for n in names)
            and all(pending[n] == 1 for n in rows)
            and sum(pending.values()) == sum(rows.values())
            and max(rows.values(), default=0) <= 1,
            f"{len(names)} signers answered 202, {sum(rows.values())} rows, "
            f"{sum(pending.values())} with their e-mail pending",
        )
        print(
            f"  rows in the database while the server is down: {sum(rows.values())} "
            f"(for {marks['accepted_before']} signers answered 202; of the "
            f"{len(lost)} requests cut off, {len(committed_unanswered)} had committed)",
            flush=True,
        )
        started = time.perf_counter()
        server = await asyncio.to_thread(start_server, env, port, tmp, log)
        marks["restart"] = time.perf_counter() - started
        marks["resumed"] = load.now()
        print(
            f"  restarted on the same port in {marks['restart']:.1f} s (migrate, granian); "
            f"sending the {len(lost)} cut-off requests again, then the rest",
            flush=True,
        )
        load.queue.extendleft(reversed([o.signer for o in lost]))
        load.epoch += 1
        load.gate.set()

    async def both() -> None:
        await asyncio.gather(load.run(CONCURRENCY), killer())

    try:
        asyncio.run(both())
    finally:
        stop_server(server)
    outcomes = load.outcomes
    after = [o for o in outcomes if o.sent >= marks.get("resumed", float("inf"))]
    print(
        f"  after the restart: {len(after)} answers ({by_status(after)}) in "
        f"{outcomes[-1].done - marks.get('resumed', 0):.1f} s",
        flush=True,
    )
    checks(
        "the kill came mid-spike",
        marks.get("accepted_before", 0) > 0 and len(after) > 0,
        f"{marks.get('accepted_before', 0)} accepted before it, {len(after)} sent after",
    )
    names = {s.name for s in spike.signers_for("kill", args.signers)}
    accepted = accepted_names(outcomes)
    checks(
        "the restarted server accepted the rest: every signer answered 202 in the end, "
        "no error after the restart",
        accepted == names and all(o.status == "202" for o in after),
        f"{len(accepted)}/{len(names)} signers accepted",
    )
    rows = verify_rows(target, outcomes, checks)
    checks(
        "no row without a signer who got 202 (requests cut off after their commit were "
        "answered 202 when sent again)",
        rows <= accepted,
        f"{len(committed_unanswered)} such requests",
    )


# --- 2. PostgreSQL stopped and started ----------------------------------------------


def scenario_database(args: argparse.Namespace, tmp: str, checks: Checks) -> None:
    pool_timeout = float(os.environ.get("SOLIDARITY_DB_POOL_TIMEOUT", "5"))
    print(
        f"\n2. PostgreSQL stopped for {args.outage} s during load, then started "
        f"(concurrency {CONCURRENCY}, pool timeout {pool_timeout:g} s, request timeout "
        f"{spike.REQUEST_TIMEOUT:g} s)",
        flush=True,
    )
    target, env = prepare(args, tmp)
    port, log = spike.free_port(), Path(tmp, "database-server.log")
    server = start_server(env, port, tmp, log)
    load = Load(
        f"http://127.0.0.1:{port}",
        target.slug,
        spike.signers_for("pg", 60_000),
        spike.REQUEST_TIMEOUT,
    )
    marks: dict[str, float] = {}

    async def operator() -> None:
        try:
            await asyncio.sleep(args.before)
            marks["stop"] = load.now()
            took = await asyncio.to_thread(postgres, "stop")
            marks["stopped"] = load.now()
            print(f"  PostgreSQL stopped at {marks['stop']:.2f} s (took {took:.2f} s)", flush=True)
            await asyncio.sleep(args.outage)
        finally:
            if "stop" in marks:
                marks["start"] = load.now()
                took = await asyncio.to_thread(postgres, "start")
                marks["started"] = load.now()
                print(
                    f"  PostgreSQL started at {marks['start']:.2f} s, ready at "
                    f"{marks['started']:.2f} s (took {took:.2f} s)",
                    flush=True,
                )
        await asyncio.sleep(args.after)
        load.stopped = True

    async def both() -> None:
        await asyncio.gather(load.run(CONCURRENCY), operator())

    try:
        asyncio.run(both())
    finally:
        stop_server(server)
    if "started" not in marks:
        checks("PostgreSQL was stopped and started", False)
        return
    outcomes = load.outcomes
    stop, started = marks["stop"], marks["started"]
    before = [o for o in outcomes if o.done < stop]
    outage = [o for o in outcomes if stop <= o.done < started]
    stopped_202 = sum(o.status == "202" for o in outage if o.sent >= marks["stopped"])
    after = [o for o in outcomes if o.done >= started]
    print(f"  before the stop ({stop:.1f} s): {len(before)} answers ({by_status(before)})")
    print(
        f"  during the outage ({started - stop:.1f} s, answers arriving between the stop "
        f"and PostgreSQL ready): {len(outage)} ({by_status(outage)}; 202s for requests sent "
        f"after the stop completed: {stopped_202})"
    )
    print(
        f"  after PostgreSQL was ready ({outcomes[-1].done - started:.1f} s): "
        f"{len(after)} answers ({by_status(after)})"
    )
    since = [o for o in outcomes if o.done >= stop]
    unclean = [o for o in since if o.status != "202" and not o.clean_503]
    for o in unclean[:5]:
        print(
            f"    unclean at {o.done:.2f} s after {o.took:.2f} s: {o.status} "
            f"{o.ctype!r} Retry-After {o.retry_after!r} {o.body[:200]!r}"
        )
    slow = [o for o in since if o.status != "202"]
    if slow:
        waits = sorted(o.took for o in slow)
        print(
            f"  time to a 503 or error: p50 {waits[len(waits) // 2]:.2f} s, max {waits[-1]:.2f} s"
        )
    after_503 = [o for o in after if o.status != "202"]
    first_202 = next((o for o in after if o.status == "202" and o.sent >= started), None)
    last_bad = max((o.done for o in after_503), default=started)
    if first_202:
        print(
            f"  recovery: first 202 for a request sent after PostgreSQL was ready came "
            f"{first_202.done - started:.2f} s after it was ready; last non-202 answer "
            f"{last_bad - started:.2f} s after; {len(after_503)} non-202 answers after it "
            f"was ready",
            flush=True,
        )
    timeline = collections.defaultdict(collections.Counter)
    for o in outcomes:
        timeline[int(o.done)][o.status] += 1
    print(
        "  answers per second (by arrival): "
        + "; ".join(
            f"{t}s " + " ".join(f"{k}x{v}" for k, v in sorted(c.items()))
            for t, c in sorted(timeline.items())
            if stop - 2 <= t <= started + 5
        )
    )
    example = next((o for o in since if o.status == "503"), None)
    if example:
        print(
            f"  a 503: Content-Type {example.ctype}, Retry-After {example.retry_after}, "
            f"body {example.body.decode(errors='replace')}"
        )
    errors = log_lines(log, "Internal Server Error", "[CRITICAL]", "WORKER TIMEOUT")
    causes = collections.Counter(
        line.split(":", 2)[0] + ":" + line.split(":", 2)[1][:90]
        for line in log.read_text(errors="replace").splitlines()
        if line[:1].isalpha() and line.split(":", 1)[0].endswith(("Error", "Timeout"))
    )
    print(
        f"  server log: {len(log_lines(log, 'Service Unavailable'))} 'Service Unavailable' "
        f"entries (Django logs each 5xx with its trace), {len(errors)} lines naming a 500, "
        f"a critical error or a worker timeout; exceptions logged:"
    )
    for cause, count in causes.most_common(6):
        print(f"    {count} x {cause}")
    for line in errors[:8]:
        print(f"    {line[:200]}")
    checks(
        "PostgreSQL was away long enough for requests to notice it",
        any(o.status == "503" for o in since),
        f"{sum(o.status == '503' for o in since)} 503s",
    )
    checks(
        "from the stop on, every answer is a 202 or a clean 503 (problem+json, "
        "Retry-After, status 503, no trace); no 500, no dropped connection",
        not unclean,
        f"{len(unclean)} others" if unclean else "",
    )
    checks(
        f"no request hung (every one answered within {spike.REQUEST_TIMEOUT:g} s)",
        not any(o.status == "timeout" for o in outcomes),
        f"slowest {max(o.took for o in outcomes):.2f} s",
    )
    tail = [o for o in outcomes if o.sent >= outcomes[-1].done - 3]
    checks(
        "the service recovered by itself: 202s again after PostgreSQL was back, every "
        "answer in the last 3 s a 202, no server restart",
        first_202 is not None and bool(tail) and all(o.status == "202" for o in tail),
        f"{len(tail)} answers in the last 3 s",
    )
    rows = verify_rows(target, outcomes, checks)
    refused = {o.signer.name for o in outcomes if o.status == "503"} - accepted_names(outcomes)
    saved = refused & rows
    checks(
        "'Nothing was saved': no row for a signer who only ever got 503",
        not saved,
        f"{len(saved)} of {len(refused)}",
    )


# --- main ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["kill", "database"])
    parser.add_argument("--signers", type=int, default=3000, help="kill: distinct signers")
    parser.add_argument(
        "--kill-after", type=float, default=1.0, help="kill: seconds after the first 202"
    )
    parser.add_argument("--before", type=float, default=3.0, help="database: load before")
    parser.add_argument("--outage", type=float, default=8.0, help="database: seconds away")
    parser.add_argument("--after", type=float, default=8.0, help="database: load after")
    parser.add_argument(
        "--database",
        default=os.environ.get("FAULT_DATABASE_URL", DEFAULT_DB),
        help="throw-away PostgreSQL database (dropped and created again)",
    )
    args = parser.parse_args()
    # One set of keys for every server started: a restarted server must hash e-mail
    # addresses as the first did, or repeats would not be recognised.
    os.environ.setdefault("SECRET_KEY", spike.secrets.token_urlsafe(50))
    os.environ.setdefault(
        "SOLIDARITY_ENCRYPTION_KEY", spike.base64.urlsafe_b64encode(os.urandom(32)).decode()
    )
    # A SIGTERM must still run the finally clauses that start PostgreSQL again.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(f"Fault spike: {os.cpu_count()} CPUs, load average {spike.load_average()}")
    checks = Checks()
    try:
        with tempfile.TemporaryDirectory(prefix="fault-spike-") as tmp:
            if args.only in (None, "kill"):
                scenario_kill(args, tmp, checks)
            if args.only in (None, "database"):
                scenario_database(args, tmp, checks)
    finally:
        if not postgres_answers():  # whatever happened above, leave it running
            subprocess.run([*cluster(), "start"], check=False, timeout=60)
        print()
        checks("PostgreSQL answers `select 1` at the end", postgres_answers())
    failed = [name for name, good in checks.results if not good]
    print(f"\n{len(checks.results) - len(failed)} checks passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
