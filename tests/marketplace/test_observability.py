"""Logs an operator can follow: every record carries its request's id, which the response returns; production
writes one JSON object per line."""

import json
import logging
import re

import pytest

from marketplace.observability import JsonFormatter, RequestIdFilter, current_request_id

logger = logging.getLogger("tests.observability")


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
