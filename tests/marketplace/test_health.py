"""`/healthz` and `/readyz` for the load balancer: answered before the host check and the HTTPS redirect, and
`/readyz` names each dependency that does not answer in time (against real servers: the test database, Redis on
this machine, the search engine over HTTP, the media directory)."""

import json
import os
import time

import pytest
from django.db import connection

from search.engine import forget_clients

pytestmark = pytest.mark.django_db

REDIS_CACHE = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": "hirfa-test-health",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
}
# Nothing listens on port 1: a Redis that is down.
REDIS_AWAY = {"default": {**REDIS_CACHE["default"], "LOCATION": "redis://127.0.0.1:1/0"}}


HEALTH_TOKEN = "health-token-for-the-tests-0123456789abcdef"


def readyz(client, **headers):
    """`/readyz` as an operator reads it: with the health token, so the answer names what failed."""
    response = client.get("/readyz", HTTP_AUTHORIZATION=f"Bearer {HEALTH_TOKEN}", **headers)
    return response.status_code, json.loads(response.content), response


@pytest.fixture
def everything_up(search_engine, settings, tmp_path):
    """The test database, Redis on this machine, a search engine of the test's own, a media directory. (Changing
    CACHES or MEDIA_ROOT through `settings` makes Django drop its cache and storage objects, so the next check
    uses the new ones.) Each probe runs the checks afresh (no 2-second memory), unless a test asks for it."""
    from marketplace.health import forget_readiness

    settings.CACHES = REDIS_CACHE
    settings.MEDIA_ROOT = str(tmp_path)
    settings.HEALTH_CHECK_TOKEN = HEALTH_TOKEN
    settings.HEALTH_CHECK_CACHE_SECONDS = 0
    forget_readiness()
    yield settings
    forget_readiness()
    settings.CACHES = REDIS_CACHE  # a test may leave Redis "away"; the clean-up after it empties the cache


def test_healthz_answers_whatever_the_host_and_the_scheme(client, settings):
    settings.SECURE_SSL_REDIRECT = True  # production redirects plain HTTP; a probe must not be redirected
    settings.ALLOWED_HOSTS = ["hirfa.om"]
    response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")  # the server's own address, not an allowed host
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "alive"}
    assert response["Cache-Control"] == "no-store"


def test_ready_when_every_dependency_answers(client, everything_up):
    everything_up.ALLOWED_HOSTS = ["hirfa.om"]
    status, body, response = readyz(client, HTTP_HOST="10.0.3.17:8000")
    assert status == 200, body
    assert body["status"] == "ready"
    assert body["failing"] == []
    assert set(body["checks"]) == {"database", "cache", "search", "storage"}
    assert all(check["state"] == "ok" for check in body["checks"].values())
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Basic {HEALTH_TOKEN}", f"Bearer {HEALTH_TOKEN}x", "Bearer ﻿تجربة"],
    ids=["none", "wrong", "not-bearer", "longer", "not-ascii"],
)
def test_without_the_health_token_readyz_answers_the_status_code_alone(client, everything_up, authorization):
    everything_up.CACHES = REDIS_AWAY  # something to hide: the cache fails
    headers = {"HTTP_AUTHORIZATION": authorization} if authorization else {}

    response = client.get("/readyz", HTTP_HOST="10.0.3.17:8000", **headers)

    assert response.status_code == 503
    assert response.content == b""
    assert response["Cache-Control"] == "no-store"


def test_with_no_health_token_configured_nobody_gets_the_details(client, everything_up):
    everything_up.HEALTH_CHECK_TOKEN = ""
    response = client.get("/readyz", HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 200
    assert response.content == b""


def test_readyz_answers_from_its_last_run_for_two_seconds(client, everything_up):
    # Given a probe that found everything up, with the checks kept for 2 seconds
    everything_up.HEALTH_CHECK_CACHE_SECONDS = 2.0
    assert readyz(client)[0] == 200
    # When Redis goes away, the next probe within the 2 seconds is answered from that run
    everything_up.CACHES = REDIS_AWAY
    assert readyz(client)[0] == 200
    # Then once 2 seconds have passed, the checks run again and see it
    time.sleep(2.1)
    status, body, _response = readyz(client)
    assert status == 503 and body["failing"] == ["cache"]


def test_probes_arriving_together_run_the_checks_once(everything_up, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    from django.test import RequestFactory

    from marketplace import health
    from marketplace.middleware import HealthCheckMiddleware

    everything_up.HEALTH_CHECK_CACHE_SECONDS = 2.0
    runs = []

    def slow_search_check():
        runs.append(1)
        time.sleep(0.3)  # an engine that takes a while: every probe arrives while it is being asked

    monkeypatch.setitem(health.CHECKS, "search", slow_search_check)
    middleware = HealthCheckMiddleware(lambda request: None)
    with ThreadPoolExecutor(max_workers=8) as probes:
        statuses = list(probes.map(lambda _: middleware(RequestFactory().get("/readyz")).status_code, range(16)))

    assert statuses == [200] * 16
    assert len(runs) == 1


def test_not_ready_names_the_search_engine_when_it_is_away_and_recovers(client, everything_up, search_engine):
    working_url = everything_up.ELASTICSEARCH_URL
    everything_up.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    forget_clients()
    status, body, _response = readyz(client)
    assert status == 503
    assert body["failing"] == ["search"]
    assert body["checks"]["database"]["state"] == "ok"
    everything_up.ELASTICSEARCH_URL = working_url
    forget_clients()
    status, body, _response = readyz(client)
    assert status == 200, body


def test_not_ready_names_the_cache_when_redis_is_away_and_recovers(client, everything_up):
    everything_up.CACHES = REDIS_AWAY
    status, body, _response = readyz(client)
    assert status == 503
    assert body["failing"] == ["cache"]
    everything_up.CACHES = REDIS_CACHE
    status, body, _response = readyz(client)
    assert status == 200, body


def test_not_ready_names_the_storage_when_the_media_directory_is_gone(client, everything_up, tmp_path):
    everything_up.MEDIA_ROOT = str(tmp_path / "not-mounted")
    status, body, _response = readyz(client)
    assert status == 503
    assert body["failing"] == ["storage"]
    os.mkdir(tmp_path / "not-mounted")
    assert readyz(client)[0] == 200


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a database server to be away needs PostgreSQL")
def test_not_ready_names_the_database_when_it_is_away(client, everything_up):
    from django.db import connections

    settings_dict = connections.settings["default"]
    port = settings_dict.get("PORT")
    settings_dict["PORT"] = "1"  # nothing listens there; new connections (the check's own thread) fail
    try:
        status, body, _response = readyz(client)
    finally:
        settings_dict["PORT"] = port
    assert status == 503
    assert body["failing"] == ["database"]
    assert readyz(client)[0] == 200


def test_a_check_that_hangs_fails_at_the_deadline(client, everything_up, monkeypatch):
    from marketplace import health

    everything_up.HEALTH_CHECK_TIMEOUT = 0.3
    monkeypatch.setitem(health.CHECKS, "search", lambda: time.sleep(1))  # a dependency that never answers in time
    status, body, _response = readyz(client)
    # (No wall-clock assertion: the answer's own record says the check was cut off at its deadline.)
    assert status == 503
    assert body["checks"]["search"] == {"state": "failing", "milliseconds": 300, "error": "timeout"}


ELASTICSEARCH_8_ROOT = {
    "name": "es-node-1",
    "cluster_name": "hirfa",
    "version": {"number": "8.15.3", "build_flavor": "default", "lucene_version": "9.11.1"},
    "tagline": "You Know, for Search",
}


@pytest.fixture
def elasticsearch_8_root():
    """An address answering `GET /` as an Elasticsearch 8 node does (the readiness check reads nothing else)."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Root(BaseHTTPRequestHandler):
        def do_GET(self):
            # A secured cluster: only the configured user's basic authentication is answered.
            if self.headers.get("Authorization") != "Basic aGlyZmE6czNjcmV0L3Bhc3M=":  # hirfa:s3cret/pass
                self.send_response(401)
                self.end_headers()
                return
            body = json.dumps(ELASTICSEARCH_8_ROOT).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-elastic-product", "Elasticsearch")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Root)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_ready_with_a_secured_elasticsearch_8_cluster_whose_first_node_is_down(
    client, everything_up, elasticsearch_8_root
):
    node = elasticsearch_8_root.replace("http://", "http://hirfa:s3cret%2Fpass@")
    everything_up.ELASTICSEARCH_URL = f"http://127.0.0.1:9,{node}"
    forget_clients()

    status, body, _response = readyz(client)

    assert status == 200, body
    assert body["checks"]["search"]["state"] == "ok"


def test_not_ready_when_the_cluster_refuses_our_credentials(client, everything_up, elasticsearch_8_root):
    everything_up.ELASTICSEARCH_URL = elasticsearch_8_root.replace("http://", "http://hirfa:wrong@")
    forget_clients()

    status, body, _response = readyz(client)

    assert status == 503 and body["failing"] == ["search"]


# --- Each dependency really stopped, then started again ---------------------------------------------------------


def test_not_ready_while_the_search_engine_process_is_stopped_and_ready_once_it_is_started_again(client, everything_up):
    from osmem_server import OsmemServer

    from tests.servers import free_port

    address = f"127.0.0.1:{free_port()}"
    engine = OsmemServer.start(addr=address)
    try:
        everything_up.ELASTICSEARCH_URL = engine.url
        forget_clients()
        assert readyz(client)[0] == 200

        engine.close()
        status, body, _response = readyz(client)
        assert status == 503 and body["failing"] == ["search"]

        engine = OsmemServer.start(addr=address)  # the same address, as a restarted node
        assert readyz(client)[0] == 200
    finally:
        engine.close()
        forget_clients()


def test_not_ready_while_the_redis_server_is_stopped_and_ready_once_it_is_started_again(client, everything_up):
    import shutil
    import subprocess

    from tests.servers import free_port

    redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()

    def start_redis():
        process = subprocess.Popen(  # noqa: S603
            [redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            if subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).stdout == b"PONG\n":  # noqa: S607
                return process
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    server = start_redis()
    try:
        everything_up.CACHES = {"default": {**REDIS_CACHE["default"], "LOCATION": f"redis://127.0.0.1:{port}/0"}}
        assert readyz(client)[0] == 200

        server.terminate()
        server.wait(timeout=10)
        status, body, _response = readyz(client)
        assert status == 503 and body["failing"] == ["cache"]

        server = start_redis()
        assert readyz(client)[0] == 200
    finally:
        everything_up.CACHES = REDIS_CACHE  # the machine's Redis again, for the tests' own clean-up
        server.terminate()
        server.wait(timeout=10)
