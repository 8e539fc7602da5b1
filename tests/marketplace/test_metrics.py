"""`/metrics` for the operators' Prometheus: only for the bearer of the token (any other request gets what an unknown
address gets), reachable by a server's own address, with request counts labelled by route (never by path), the queues
read at scrape time, the worker's job runs kept in the shared cache, and a source that fails reported as `hirfa_up 0`
instead of a failed scrape."""

import sys
import types
from datetime import timedelta

import pytest
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from marketplace.metrics import record_job_run
from search.models import SearchOutboxEntry
from tests.factories import make_product

pytestmark = pytest.mark.django_db

TOKEN = "metrics-token-for-the-tests-0123456789"
# Nothing listens on port 9: a Redis that is away, refused at once.
REDIS_AWAY = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
}


@pytest.fixture
def metrics_token(settings):
    settings.METRICS_TOKEN = TOKEN
    return TOKEN


def scrape(client, **headers) -> list:
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}", **headers)
    assert response.status_code == 200, response.content[:500]
    return list(text_string_to_metric_families(response.content.decode()))


def value(families, sample_name: str, **labels) -> float | None:
    for family in families:
        for sample in family.samples:
            if sample.name == sample_name and sample.labels == labels:
                return sample.value
    return None


def requests_counted(families, route: str, status: str) -> float:
    return value(families, "hirfa_http_requests_total", method="GET", route=route, status=status) or 0


def up(families, dependency: str) -> float | None:
    return value(families, "hirfa_up", dependency=dependency)


def test_without_a_configured_token_the_metrics_path_is_an_unknown_address(client, settings):
    settings.METRICS_TOKEN = ""
    # Even an empty bearer token, which would equal the empty setting, gets nothing.
    for authorization in ("Bearer ", "Bearer anything"):
        response = client.get("/metrics", HTTP_AUTHORIZATION=authorization, follow=True)
        assert response.status_code == 404
        assert b"hirfa_http_" not in response.content and b"# TYPE" not in response.content


def test_a_wrong_or_missing_token_gets_the_same_answer_as_an_unknown_address(client, metrics_token):
    unknown = client.get("/metricz")
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer wrong"}, {"HTTP_AUTHORIZATION": f"Basic {TOKEN}"}):
        response = client.get("/metrics", **headers)
        # Then nothing sets it apart from an address that does not exist: the same redirect, then the same 404
        assert response.status_code == unknown.status_code
        assert client.get("/metrics", follow=True, **headers).status_code == 404
        assert b"hirfa_http_" not in response.content and b"# TYPE" not in response.content


def test_the_token_gets_a_prometheus_text_exposition_never_cached(client, metrics_token):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"
    names = {family.name for family in text_string_to_metric_families(response.content.decode())}
    assert {"hirfa_http_requests", "hirfa_http_request_duration_seconds", "hirfa_up"} <= names


def test_a_page_is_counted_by_its_route_name_and_a_hostile_path_adds_no_label(client, metrics_token):
    # Given a piece on sale, and a long made-up address under the site's catch-all
    product = make_product()
    hostile = "/en/" + "x" * 3000 + "/"
    before = scrape(client)
    # When a visitor opens the piece's page and someone asks for the made-up address
    assert client.get(product.get_absolute_url()).status_code == 200
    assert client.get(hostile).status_code == 404
    after = scrape(client)
    # Then each is counted once under the name of the URL pattern that answered, and the path is nowhere
    assert requests_counted(after, "catalogue:detail", "200") - requests_counted(before, "catalogue:detail", "200") == 1
    assert requests_counted(after, "wagtail_serve", "404") - requests_counted(before, "wagtail_serve", "404") == 1
    labels = {
        label
        for family in after
        if family.name.startswith("hirfa_http_")
        for sample in family.samples
        for label in sample.labels.values()
    }
    assert not any("xxx" in label or "/" in label for label in labels), labels
    latency = value(after, "hirfa_http_request_duration_seconds_count", method="GET", route="catalogue:detail")
    assert latency and latency >= 1


def test_the_probes_and_the_scrapes_themselves_are_not_counted(client, metrics_token):
    before = scrape(client)
    client.get("/healthz")
    client.get("/readyz")
    after = scrape(client)
    counted = [family for family in after if family.name == "hirfa_http_requests"][0].samples
    assert counted == [family for family in before if family.name == "hirfa_http_requests"][0].samples


def test_a_server_scraped_by_its_own_address_answers_despite_the_host_check(client, metrics_token, settings):
    settings.ALLOWED_HOSTS = ["hirfa.om"]
    settings.SECURE_SSL_REDIRECT = True  # production redirects plain HTTP; Prometheus on the private network is not
    families = scrape(client, HTTP_HOST="10.0.3.17:8000")
    assert up(families, "requests") == 1


def test_the_outbox_depth_counts_waiting_changes_and_the_age_is_that_of_the_oldest_due(client, metrics_token):
    # Given three changes waiting for the search index: one due for two minutes, one just noted, and one noted an
    # hour ago but postponed (the engine refused it) until later
    now = timezone.now()
    due_for_two_minutes = SearchOutboxEntry.objects.create(kind="product", object_id=1)
    SearchOutboxEntry.objects.create(kind="artisan", object_id=2)
    postponed = SearchOutboxEntry.objects.create(kind="story", object_id=3, available_at=now + timedelta(minutes=10))
    SearchOutboxEntry.objects.filter(pk=due_for_two_minutes.pk).update(enqueued_at=now - timedelta(minutes=2))
    SearchOutboxEntry.objects.filter(pk=postponed.pk).update(enqueued_at=now - timedelta(hours=1))
    # When Prometheus scrapes
    families = scrape(client)
    # Then the depth counts all three, and the age is that of the oldest one due, not of the postponed one
    assert value(families, "hirfa_search_outbox_entries") == 3
    assert 120 <= value(families, "hirfa_search_outbox_oldest_due_age_seconds") < 3600
    assert up(families, "search_outbox") == 1


def test_an_empty_outbox_has_no_age(client, metrics_token):
    families = scrape(client)
    assert value(families, "hirfa_search_outbox_entries") == 0
    assert value(families, "hirfa_search_outbox_oldest_due_age_seconds") == 0


def test_two_runs_of_a_worker_job_one_failed_are_counted(client, metrics_token):
    # Given a job that has never run: it is reported from zero, with no success yet
    families = scrape(client)
    assert value(families, "hirfa_worker_job_runs_total", job="search outbox") == 0
    assert value(families, "hirfa_worker_job_last_success_timestamp_seconds", job="search outbox") is None
    # When the worker reports a run that succeeded and one that failed
    record_job_run("search outbox", failed=False, seconds=0.25)
    record_job_run("search outbox", failed=True, seconds=1.5)
    # Then the scrape counts two runs, one failure, the time they took, and when the job last succeeded
    families = scrape(client)
    assert value(families, "hirfa_worker_job_runs_total", job="search outbox") == 2
    assert value(families, "hirfa_worker_job_failures_total", job="search outbox") == 1
    assert value(families, "hirfa_worker_job_seconds_total", job="search outbox") == 1.75
    assert value(families, "hirfa_worker_job_last_success_timestamp_seconds", job="search outbox") > 0
    assert value(families, "hirfa_worker_job_runs_total", job="reservation expiry") == 0
    assert up(families, "worker_jobs") == 1


def test_a_job_name_outside_the_workers_list_is_counted_as_other(client, metrics_token):
    record_job_run("a job added later under a name nobody listed", failed=True, seconds=0.1)
    families = scrape(client)
    assert value(families, "hirfa_worker_job_failures_total", job="other") == 1
    assert "a job added later" not in str([sample for family in families for sample in family.samples])


def test_a_cache_that_is_away_costs_the_numbers_not_the_work_nor_the_scrape(client, metrics_token):
    with override_settings(CACHES=REDIS_AWAY):
        # When the worker reports a run while Redis is away, nothing is raised
        record_job_run("search outbox", failed=False, seconds=0.1)
        # Then the scrape still answers, the job numbers are missing and the cache is named as failing
        families = scrape(client)
    assert up(families, "worker_jobs") == 0
    assert value(families, "hirfa_worker_job_runs_total", job="search outbox") is None
    assert up(families, "search_outbox") == 1
    assert up(families, "requests") == 1


def test_the_task_queue_gauges_are_absent_until_the_task_selectors_exist(client, metrics_token, monkeypatch):
    monkeypatch.setitem(sys.modules, "marketplace.selectors", None)  # an installation without them
    families = scrape(client)
    assert value(families, "hirfa_task_queue_depth") is None
    assert up(families, "task_queue") is None
    assert up(families, "search_outbox") == 1


def task_selectors(**functions) -> types.ModuleType:
    """A stand-in for `marketplace.selectors`, which another change is adding: the collector reads only these two."""
    module = types.ModuleType("marketplace.selectors")
    for name, function in functions.items():
        setattr(module, name, function)
    return module


def test_the_task_queue_gauges_are_read_from_the_task_selectors(client, metrics_token, monkeypatch):
    selectors = task_selectors(task_queue_depth=lambda: 7, dead_task_count=lambda: 2)
    monkeypatch.setitem(sys.modules, "marketplace.selectors", selectors)
    families = scrape(client)
    assert value(families, "hirfa_task_queue_depth") == 7
    assert value(families, "hirfa_task_queue_dead_tasks") == 2
    assert up(families, "task_queue") == 1


def test_a_task_queue_that_cannot_be_read_is_reported_and_the_rest_still_scraped(client, metrics_token, monkeypatch):
    def database_away() -> int:
        raise DatabaseError("server closed the connection unexpectedly")

    selectors = task_selectors(task_queue_depth=database_away, dead_task_count=lambda: 0)
    monkeypatch.setitem(sys.modules, "marketplace.selectors", selectors)
    families = scrape(client)
    assert up(families, "task_queue") == 0
    assert value(families, "hirfa_task_queue_depth") is None
    assert up(families, "search_outbox") == 1
