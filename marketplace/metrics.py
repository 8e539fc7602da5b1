"""What an operator's Prometheus scrapes at `/metrics`: how the site answers, and how its background work keeps up.

Three kinds of numbers, each gathered where it can be trusted:
- **requests**, counted by each web process as it answers (`RequestMetricsMiddleware`). gunicorn runs several
  processes; with `PROMETHEUS_MULTIPROC_DIR` set, each writes its counts to files there and a scrape, answered by any
  one of them, adds up all of them (prometheus_client's multiprocess mode; gunicorn.conf.py empties the directory at
  start). Unset (runserver, the tests), the counts live in this process's memory.
- **the queues**, read from the database at scrape time (`QueueAndWorkerCollector`): the search outbox and the
  background task queue. Always fresh, and the same on every server (aggregate them with `max`, not `sum`).
- **the worker's job runs**, which happen in another process, maybe on another machine: the worker reports each run
  with `record_job_run`, which adds to counters in the shared cache (Redis in production), and a scrape reads them.

A source that cannot be read (database, cache, the task selectors) drops its own numbers and says so in
`hirfa_up{dependency=...} 0`; the scrape still answers 200, so Prometheus keeps the rest.

The endpoint is answered by `MetricsEndpointMiddleware`, placed right after the health checks so that Prometheus,
scraping each server by its own address, is not refused by the host check. It answers only a request that carries
`Authorization: Bearer <METRICS_TOKEN>`; any other request to the path goes on to the site, which answers it as it
answers any address that does not exist (a redirect to the language prefix, then 404), so nothing tells a visitor
that metrics are served here.
"""

from __future__ import annotations

import hmac
import importlib
import logging
import math
import os
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector

logger = logging.getLogger(__name__)

DEFAULT_METRICS_PATH = "/metrics"
# Probes come every few seconds from every balancer; counting them would drown the pages people ask for.
UNCOUNTED_PATHS = frozenset({"/healthz", "/readyz"})
UNMATCHED = "unmatched"
OTHER = "other"
# A client may send any word as its method; anything else is counted as "other" so it cannot add label values.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# From a cached fragment to a slow checkout that calls the payment provider; past 10 s the balancer gives up anyway.
PAGE_LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

# The request metrics of this process. Not the library's global registry: a scrape builds its own registry each time
# (below), so the same metrics can be read from this process alone or from every process's files.
REQUEST_METRICS = CollectorRegistry(auto_describe=True)
REQUESTS = Counter(
    "hirfa_http_requests",
    "Requests answered, by method, route (the URL pattern's name, never the path) and status code.",
    ["method", "route", "status"],
    registry=REQUEST_METRICS,
)
# No status label here: each label value multiplies the histogram's buckets, and the counter already has it.
REQUEST_SECONDS = Histogram(
    "hirfa_http_request_duration_seconds",
    "Time to produce the response, by method and route (a streamed file's transfer is not included).",
    ["method", "route"],
    buckets=PAGE_LATENCY_BUCKETS,
    registry=REQUEST_METRICS,
)


def metrics_path() -> str:
    return getattr(settings, "METRICS_PATH", DEFAULT_METRICS_PATH) or DEFAULT_METRICS_PATH


def multiprocess_directory() -> str:
    """The directory shared by gunicorn's processes, or "" in a process that keeps its metrics to itself.

    The variable itself, not a Django setting: prometheus_client reads it when it is first imported to decide where
    every value is kept, so a setting could only disagree with it."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")


# --- Failures that must not spread --------------------------------------------------------------------------------

WARN_EVERY_SECONDS = 60.0
_last_warned: dict[str, float] = {}


def _warn_at_most_every_minute(what: str, error: Exception) -> None:
    """The worker reports a run every second and the site counts every request: when the cache or the metrics
    directory is away, one line a minute says so instead of thousands."""
    now = time.monotonic()
    if now - _last_warned.get(what, -math.inf) >= WARN_EVERY_SECONDS:
        _last_warned[what] = now
        logger.warning("Metrics: %s failed: %s: %s", what, type(error).__name__, error)


# --- Requests -----------------------------------------------------------------------------------------------------


def route_label(request) -> str:
    """The URL pattern that answered, by name: a bounded set fixed by the code, whatever path a client sends."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return UNMATCHED
    return match.view_name or match.route or UNMATCHED


def method_label(request) -> str:
    return request.method if request.method in KNOWN_METHODS else OTHER


class RequestMetricsMiddleware:
    """Counts and times every request (except the probes and the scrapes). Placed right after the request id, so it
    times nearly all the work done for a request; recording a request never fails it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in UNCOUNTED_PATHS or request.path_info == metrics_path():
            return self.get_response(request)
        started = time.perf_counter()
        response = self.get_response(request)
        seconds = time.perf_counter() - started
        try:
            method, route = method_label(request), route_label(request)
            REQUESTS.labels(method=method, route=route, status=str(response.status_code)).inc()
            REQUEST_SECONDS.labels(method=method, route=route).observe(seconds)
        except Exception as error:  # e.g. PROMETHEUS_MULTIPROC_DIR names a directory that is not there
            _warn_at_most_every_minute("recording a request", error)
        return response


# --- The worker's jobs --------------------------------------------------------------------------------------------

JOB_KEY_PREFIX = "metrics:worker-job"


def known_job_names() -> list[str]:
    """The worker's own list of jobs: the only values the `job` label takes (plus "other")."""
    from marketplace.worker_jobs import default_jobs

    return [job.name for job in default_jobs()]


def _job_key(job_name: str, what: str) -> str:
    return f"{JOB_KEY_PREFIX}:{slugify(job_name)}:{what}"


def record_job_run(job_name: str, *, failed: bool, seconds: float) -> None:
    """Counts one run of a worker job in the shared cache, for `/metrics` on any web server to report.

    Never raises: a cache that is away costs the worker these numbers, never its work. The first failing cache call
    ends the recording, so a cache that times out delays a run by one timeout, not four."""
    try:
        label = job_name if job_name in known_job_names() else OTHER
        counters = {"runs": 1, "milliseconds": max(0, round(seconds * 1000))}
        if failed:
            counters["failures"] = 1
        for what, amount in counters.items():
            key = _job_key(label, what)
            # `add` does nothing when the counter exists; `incr` is atomic on Redis, so every server's count adds up.
            cache.add(key, 0, timeout=None)
            cache.incr(key, amount)
        if not failed:
            cache.set(_job_key(label, "last-success"), time.time(), timeout=None)
    except Exception as error:  # whatever the cache backend raises; the worker must go on
        _warn_at_most_every_minute(f"recording a run of the worker job {job_name!r}", error)


def _worker_job_metrics() -> list[Metric]:
    names = known_job_names()
    keys = {
        (name, what): _job_key(name, what)
        for name in [*names, OTHER]
        for what in ("runs", "failures", "milliseconds", "last-success")
    }
    values = cache.get_many(list(keys.values()))  # one round trip

    def value(name: str, what: str) -> float | None:
        found = values.get(keys[(name, what)])
        return None if found is None else float(found)

    runs = CounterMetricFamily("hirfa_worker_job_runs", "Runs of each background worker job.", labels=["job"])
    failures = CounterMetricFamily(
        "hirfa_worker_job_failures", "Runs of each background worker job that failed.", labels=["job"]
    )
    busy = CounterMetricFamily(
        "hirfa_worker_job_seconds", "Time spent running each background worker job.", labels=["job"]
    )
    last_success = GaugeMetricFamily(
        "hirfa_worker_job_last_success_timestamp_seconds",
        "When each background worker job last succeeded (Unix time); absent until it has.",
        labels=["job"],
    )
    # Known jobs are reported from zero, so the first failure is an increase Prometheus can see; "other" only if used.
    for name in names + ([OTHER] if value(OTHER, "runs") is not None else []):
        runs.add_metric([name], value(name, "runs") or 0)
        failures.add_metric([name], value(name, "failures") or 0)
        busy.add_metric([name], (value(name, "milliseconds") or 0) / 1000)
        if (succeeded_at := value(name, "last-success")) is not None:
            last_success.add_metric([name], succeeded_at)
    return [runs, failures, busy, last_success]


# --- The queues ---------------------------------------------------------------------------------------------------


def _search_outbox_metrics() -> list[Metric]:
    from django.db.models import Min

    from search.models import SearchOutboxEntry

    now = timezone.now()
    depth = SearchOutboxEntry.objects.count()
    oldest_due = SearchOutboxEntry.objects.filter(available_at__lte=now).aggregate(oldest=Min("enqueued_at"))["oldest"]
    return [
        GaugeMetricFamily(
            "hirfa_search_outbox_entries", "Changes waiting to reach the search index (due or postponed).", depth
        ),
        GaugeMetricFamily(
            "hirfa_search_outbox_oldest_due_age_seconds",
            "How long the oldest change that is due has waited to reach the search index (0 when none is due).",
            (now - oldest_due).total_seconds() if oldest_due else 0,
        ),
    ]


TASK_SELECTORS = "marketplace.selectors"
TASK_GAUGES = {
    "task_queue_depth": ("hirfa_task_queue_depth", "Background tasks waiting to run."),
    "dead_task_count": ("hirfa_task_queue_dead_tasks", "Background tasks that failed for good and wait for a person."),
}


def _task_queue_metrics() -> list[Metric] | None:
    """None while the project has no task selectors (their gauges simply do not appear); other failures count."""
    try:
        selectors = importlib.import_module(TASK_SELECTORS)
    except ModuleNotFoundError as error:
        if error.name != TASK_SELECTORS:
            raise  # the selectors are there but import something missing: that is a failure to report
        return None
    families = []
    for function_name, (metric_name, documentation) in TASK_GAUGES.items():
        selector = getattr(selectors, function_name, None)
        if selector is not None:
            families.append(GaugeMetricFamily(metric_name, documentation, float(selector())))
    return families or None


# --- The scrape ---------------------------------------------------------------------------------------------------


def _request_metrics() -> list[Metric]:
    directory = multiprocess_directory()
    if directory:
        # Every process's files, those of exited workers included: a counter keeps what it counted.
        return list(MultiProcessCollector(None, path=directory).collect())
    return list(REQUEST_METRICS.collect())


# Each source is read on its own: one that fails drops only its own numbers.
SOURCES: dict[str, Callable[[], list[Metric] | None]] = {
    "requests": _request_metrics,
    "search_outbox": _search_outbox_metrics,
    "task_queue": _task_queue_metrics,
    "worker_jobs": _worker_job_metrics,
}


class QueueAndWorkerCollector:
    """Reads every source afresh at each scrape, and says which ones answered in `hirfa_up`."""

    def collect(self) -> Iterable[Metric]:
        up = GaugeMetricFamily(
            "hirfa_up",
            "1 when this source was read at this scrape; 0 when it failed and its metrics are missing.",
            labels=["dependency"],
        )
        for name, read in SOURCES.items():
            try:
                families = read()
            except Exception as error:  # a dependency that is away is reported, never a failed scrape
                _warn_at_most_every_minute(f"reading {name}", error)
                up.add_metric([name], 0)
                continue
            if families is None:
                continue  # not part of this installation
            up.add_metric([name], 1)
            yield from families
        yield up


def metrics_exposition(accept: str = "") -> tuple[bytes, str]:
    """The scrape's body and content type, in the format Prometheus asked for (the classic text one by default)."""
    registry = CollectorRegistry()
    registry.register(QueueAndWorkerCollector())
    encoder, content_type = choose_encoder(accept)
    return encoder(registry), content_type


# --- The endpoint -------------------------------------------------------------------------------------------------


def _offered_token(request) -> str:
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


def is_metrics_scraper(request) -> bool:
    expected = getattr(settings, "METRICS_TOKEN", "")
    if not expected:
        return False  # no token configured: there is no endpoint, whatever the request carries
    # Bytes, so that a header with characters outside ASCII is a wrong token rather than a TypeError.
    return hmac.compare_digest(_offered_token(request).encode(), expected.encode())


class MetricsEndpointMiddleware:
    """Answers `METRICS_PATH` for Prometheus, before the host check, the HTTPS redirect and the session.

    Only for the bearer of `METRICS_TOKEN`. Any other request is left to the rest of the site, which answers it as
    any unknown address (no 401 that would confirm the endpoint exists); with no token configured, that is every
    request. Never cached: each scrape must read the present."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != metrics_path() or not is_metrics_scraper(request):
            return self.get_response(request)
        body, content_type = metrics_exposition(request.headers.get("Accept", ""))
        response = HttpResponse(body, content_type=content_type)
        response["Cache-Control"] = "no-store"
        return response
