"""Logs an operator can follow across servers: one JSON object per line, each carrying the id of the request it
belongs to.

The request id comes from the load balancer's `X-Request-ID` header when it sends a sane one (so the balancer's
log, ours and the next hop's share it), else a new random one; it is sent back in the response's `X-Request-ID`
and attached to every log record made while the request is handled (`RequestIdFilter`), through a context variable,
so threads and code that never sees the request carry it too. Production writes JSON lines (`JsonFormatter`);
local runs keep Django's plain text with the id in front.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from django.core.signals import request_finished

REQUEST_ID_HEADER = "X-Request-ID"
# What we accept from outside: short, and nothing that could break a log line or a header.
ACCEPTABLE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
NO_REQUEST = "-"

request_id_var: ContextVar[str] = ContextVar("request_id", default=NO_REQUEST)


def current_request_id() -> str:
    return request_id_var.get()


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = offered if ACCEPTABLE_REQUEST_ID.match(offered) else uuid.uuid4().hex
        request.request_id = request_id
        # Not reset on the way out: Django logs a 4xx or 5xx response after the middleware has returned, and that
        # record must carry the id too. It is cleared when the response is finished (`request_finished`).
        request_id_var.set(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response


def _forget_request_id(**kwargs) -> None:
    request_id_var.set(NO_REQUEST)


request_finished.connect(_forget_request_id, dispatch_uid="marketplace-forget-request-id")


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request: the worker, commands)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, request id, and the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", NO_REQUEST),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def sentry_init(*, dsn: str, environment: str, release: str | None, traces_sample_rate: float) -> None:
    """Errors (exceptions, and records logged at ERROR) go to Sentry, tagged with the request id that the logs
    carry, so an error report leads to its log lines. No personal data is sent (`send_default_pii` off): no
    cookies, no user, no request body; buyers' and artisans' details stay here."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=environment,
        release=release,
        send_default_pii=False,
        traces_sample_rate=traces_sample_rate,
        before_send=_tag_request_id,
    )


def _tag_request_id(event: dict, hint: dict) -> dict:
    event.setdefault("tags", {})["request_id"] = current_request_id()
    return event
