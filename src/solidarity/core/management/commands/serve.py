"""`solidarity serve`: migrate, then run the web server and the task worker together."""

import os
import signal
import subprocess
import sys
import time
from argparse import ArgumentParser
from pathlib import Path
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.db import connections

THREADS_PER_WORKER = 2
STOP_TIMEOUT = 30.0
FORWARDED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def add_server_arguments(parser: ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
    parser.add_argument("--port", type=int, default=8000, help="Port to listen on.")
    parser.add_argument(
        "--workers", type=int, default=2, help="Number of web server processes (default: 2)."
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=THREADS_PER_WORKER,
        help=f"Threads per web server process (default: {THREADS_PER_WORKER}).",
    )
    parser.add_argument(
        "--no-worker",
        action="store_false",
        dest="run_worker",
        help="Do not start the task worker (run `solidarity worker` separately).",
    )


def server_url(host: str, port: int) -> str:
    if host in {"", "0.0.0.0", "::"}:  # noqa: S104 - only to name a reachable address
        host = "127.0.0.1"
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def web_server_command(
    *, host: str, port: int, workers: int, threads: int = THREADS_PER_WORKER
) -> list[str]:
    """Granian, serving the WSGI application: its HTTP is Rust, so a request's Python
    time is the application's own (ADR 0012)."""
    granian = Path(sys.executable).with_name("granian")
    # No access log (granian's default, stated anyway): it would record client IP
    # addresses, and the platform stores none.
    return [
        str(granian) if granian.exists() else "granian",
        "--interface",
        "wsgi",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--blocking-threads",
        str(threads),
        "--no-ws",
        "--no-access-log",
        "--respawn-failed-workers",
        "solidarity.wsgi:application",
    ]


def worker_command() -> list[str]:
    return [sys.executable, "-m", "solidarity.cli", "worker"]


def uses_database_tasks() -> bool:
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return str(backend).startswith("django_tasks_db.")


def _terminal_sent(signum: int) -> bool:
    """Whether a Ctrl-C from the terminal already reached the children, which share
    this process group."""
    if signum != signal.SIGINT:
        return False
    try:
        return os.isatty(0) and os.tcgetpgrp(0) == os.getpgrp()
    except OSError:
        return False


def run_server(
    *,
    host: str,
    port: int,
    workers: int,
    run_worker: bool,
    stdout: OutputWrapper,
    threads: int = THREADS_PER_WORKER,
) -> None:
    """Run the web server and the task worker as child processes until either stops.

    SIGINT and SIGTERM are passed on to both; when one child exits the other is
    stopped too. Raises CommandError when a child stopped on its own.
    """
    if workers < 1 or threads < 1:
        raise CommandError("--workers and --threads must be at least 1.")
    if not 0 < port < 65536:
        raise CommandError("--port must be between 1 and 65535.")
    url = server_url(host, port)
    env = os.environ.copy()
    # Links in e-mails point at this server unless the operator configured the URL.
    env.setdefault("SOLIDARITY_BASE_URL", url.rstrip("/"))
    commands = {
        "web server": web_server_command(host=host, port=port, workers=workers, threads=threads)
    }
    if run_worker and uses_database_tasks():
        commands["task worker"] = worker_command()
    elif run_worker:
        stdout.write("The task backend is not the database backend: no task worker started.")

    connections.close_all()  # the children open their own
    children: dict[str, subprocess.Popen[bytes]] = {}
    received: list[int] = []
    exited: list[str] = []

    def forward(signum: int, frame: FrameType | None) -> None:
        first = not received
        received.append(signum)
        if first and _terminal_sent(signum):
            return
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signum)

    previous = {signum: signal.signal(signum, forward) for signum in FORWARDED_SIGNALS}
    try:
        for name, command in commands.items():
            children[name] = subprocess.Popen(command, env=env)  # noqa: S603
        stdout.write(f"Solidarity is running at {url} (press Ctrl+C to stop).")
        while all(child.poll() is None for child in children.values()):
            time.sleep(0.2)
        exited.extend(name for name, child in children.items() if child.poll() is not None)
    finally:
        for child in children.values():
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT
        for child in children.values():
            try:
                child.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if exited and not received:
        stopped = " and ".join(
            f"the {name} exited with status {children[name].returncode}" for name in exited
        )
        raise CommandError(f"Stopped because {stopped}.")


class Command(BaseCommand):
    help = (
        "Apply migrations, then serve the site with granian and run the worker that sends e-mails."
    )
    requires_system_checks = []  # checked once, by migrate

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_server_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=options["verbosity"])
        run_server(
            host=options["host"],
            port=options["port"],
            workers=options["workers"],
            threads=options["threads"],
            run_worker=options["run_worker"],
            stdout=self.stdout,
        )
