"""Logs an operator can follow: every record carries its request's id, which the response returns; production
writes one JSON object per line."""

import gzip
import json
import logging
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from marketplace.observability import JsonFormatter, RequestIdFilter, current_request_id

logger = logging.getLogger("tests.observability")
PROJECT = Path(__file__).resolve().parents[2]


def test_each_response_carries_a_new_request_id(client):
    first = client.get("/robots.txt")["X-Request-ID"]
    second = client.get("/robots.txt")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_the_balancers_request_id_is_kept_when_it_is_sane(client):
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID="lb-7f3a.9_2")["X-Request-ID"] == "lb-7f3a.9_2"


def test_a_hostile_request_id_is_replaced(client):
    for hostile in ("a" * 65, "id\r\nSet-Cookie: x=1", '{"json": true}', "<script>"):
        answered = client.get("/robots.txt", HTTP_X_REQUEST_ID=hostile)["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{32}", answered)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.mark.django_db  # the 404 page looks for Wagtail pages
def test_records_made_during_a_request_carry_its_id_in_json(client):
    # Given the production formatter, and Django's "Not Found" warnings let through (production logs only errors)
    handler = ListHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    requests_logger = logging.getLogger("django.request")
    level = requests_logger.level
    requests_logger.setLevel(logging.WARNING)
    requests_logger.addHandler(handler)
    try:
        # When a page that does not exist is asked for (Django logs the 404 after the middleware has returned)
        response = client.get("/ar/no-such-page-at-all/", HTTP_X_REQUEST_ID="req-42")
    finally:
        requests_logger.removeHandler(handler)
        requests_logger.setLevel(level)
    lines = handler.lines
    assert response["X-Request-ID"] == "req-42"
    entries = [json.loads(line) for line in lines]
    assert entries, "the 404 is logged"
    assert all(entry["request_id"] == "req-42" for entry in entries)
    assert {"time", "level", "logger", "message", "request_id"} <= set(entries[0])
    # and outside a request the id is "-"
    assert current_request_id() == "-"


def test_a_traceback_stays_inside_its_json_line():
    formatter = JsonFormatter()
    try:
        raise ValueError("broken\nacross lines")
    except ValueError:
        record = logger.makeRecord(logger.name, logging.ERROR, __file__, 1, "failed: %s", ("خطأ",), exc_info=True)
        import sys

        record.exc_info = sys.exc_info()
    line = formatter.format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "failed: خطأ"
    assert "ValueError: broken" in entry["exception"]


class EnvelopeCollector(BaseHTTPRequestHandler):
    """A stand-in for Sentry's ingestion endpoint on this machine: keeps the envelopes it is sent."""

    received: list = []

    def do_POST(self):  # noqa: N802 (the http.server API)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        encoding = self.headers.get("Content-Encoding")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":  # sentry-sdk compresses with brotli when the package is installed
            import brotli

            body = brotli.decompress(body)
        EnvelopeCollector.received.append((self.path, body.decode("utf-8", "replace")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def _run_django(code: str, extra_env: dict) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SENTRY_"))}
    env.update(DJANGO_SETTINGS_MODULE="marketplace.settings.local", **extra_env)
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


REPORT_AN_ERROR = (
    "import logging, sentry_sdk; "
    "logging.getLogger('hirfa.test').error('boom from hirfa'); "
    "print('active', sentry_sdk.get_client().is_active()); sentry_sdk.flush(10)"
)


def test_errors_reach_sentry_when_a_dsn_is_set_tagged_with_the_request_id():
    EnvelopeCollector.received = []
    server = HTTPServer(("127.0.0.1", 0), EnvelopeCollector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dsn = f"http://publickey@127.0.0.1:{server.server_port}/42"
        result = _run_django(REPORT_AN_ERROR, {"SENTRY_DSN": dsn, "SENTRY_ENVIRONMENT": "ci"})
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert "active True" in result.stdout
    bodies = [body for path, body in EnvelopeCollector.received if path.startswith("/api/42/")]
    assert any("boom from hirfa" in body for body in bodies), EnvelopeCollector.received
    event = next(body for body in bodies if "boom from hirfa" in body)
    assert '"request_id":"-"' in event.replace(" ", "")  # outside a request
    assert '"environment":"ci"' in event.replace(" ", "")


def test_nothing_is_sent_without_a_dsn():
    result = _run_django(REPORT_AN_ERROR, {})
    assert result.returncode == 0, result.stderr
    assert "active False" in result.stdout
