"""`solidarity serve` runs the web server and the task worker that sends e-mails."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from .test_cli import SOLIDARITY, production_env, solidarity

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def request(url: str, data: dict | None = None, token: str = "") -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=15) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def wait_until(condition, timeout: float, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, f"the server stopped:\n{log.read_text()}"
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout} s; server output:\n{log.read_text()}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def test_serve_answers_and_its_worker_sends_the_confirmation_email(tmp_path):
    port = free_port()
    base = f"http://{HOST}:{port}"
    mail = tmp_path / "mail"
    env = production_env(tmp_path / "data", EMAIL_URL=f"filemail://{mail}")
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [str(SOLIDARITY), "serve", "--host", HOST, "--port", str(port), "--workers", "1"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until(lambda: answers(base + "/"), 60, server, log)
        assert f"Solidarity is running at {base}/" in log.read_text()

        assert solidarity(env, "user", "create", "editor@union.example").returncode == 0
        made = solidarity(env, "token", "create", "editor@union.example")
        assert made.returncode == 0, made.stderr
        token = made.stdout.strip()

        status, organization = request(
            base + "/api/v1/organizations",
            {"name": "Harbour Workers' Union", "kind": "union", "countries": ["KR"]},
            token,
        )
        assert status in (200, 201), organization
        status, statement = request(
            base + "/api/v1/statements",
            {
                "title": "Serve test statement",
                "body": "We **stand** together.",
                "language": "en",
                "initiators": [organization["slug"]],
                "demands": ["Fair work."],
            },
            token,
        )
        assert status in (200, 201), statement
        slug = statement["slug"]
        status, published = request(f"{base}/api/v1/statements/{slug}/publish", {}, token)
        assert status == 200, published

        status, accepted = request(
            f"{base}/api/v1/statements/{slug}/endorsements",
            {
                "kind": "individual",
                "name": "Kim Serve",
                "email": "kim.serve@example.org",
                "country": "KR",
            },
        )
        assert status == 202, accepted

        def sent() -> str:
            # The file backend creates the file before writing the message into it.
            files = list(mail.glob("*.log")) if mail.is_dir() else []
            return files[0].read_text() if files else ""

        wait_until(lambda: "/e/confirm/" in sent(), 30, server, log)
        message = sent()
        assert "To: kim.serve@example.org" in message
        assert f"{base}/e/confirm/" in message
        # No access log: nothing the server printed names the client's address.
        assert "GET /" not in log.read_text()
    finally:
        if server.poll() is None:
            # As a supervisor told to signal the main process only (systemd's
            # KillMode=mixed): serve passes it on, and granian stops its own workers. (A
            # SIGTERM to the whole group reaches granian's worker beside granian, which
            # then waits on it, once past this timeout.)
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    assert server.returncode == 0, log.read_text()
