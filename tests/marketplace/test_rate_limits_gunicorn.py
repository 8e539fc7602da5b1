"""The request limits under gunicorn behind a balancer, for real: a production-configured server with two worker
processes counting in Redis, a small proxy in front of it playing the load balancer (it appends the address each
request came from to X-Forwarded-For), and clients on different loopback addresses (127.0.0.2, 127.0.0.3, ...), one of
which goes round the balancer straight to the server. The server reads the test's PostgreSQL database, so the test
needs PostgreSQL as the default database (as CI runs the suite)."""

import json
import os
import secrets
import signal
import subprocess

import pytest
import redis
from django.db import connection

from provenance.keys import new_private_key_pem
from tests.servers import VENV_BIN, ForwardingProxy, free_port, get_from, wait_for

pytestmark = [
    # The server writes (search analytics) on its own connection: the database is emptied after the test and the
    # reference data the migrations load is put back.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a second process on the test database needs PostgreSQL"
    ),
]

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REDIS_DATABASE = 11


@pytest.fixture
def server_behind_balancer(search_engine, settings, tmp_path):
    database = connection.settings_dict
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "STRIPE_", "REDIS_", "AWS_", "RATE_LIMIT", "SENTRY_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "marketplace.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "PROVENANCE_SIGNING_KEY": new_private_key_pem(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
            "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DATABASE}",
            "ELASTICSEARCH_URL": search_engine,
            "SEARCH_INDEX_PREFIX": settings.SEARCH_INDEX_PREFIX,
            "STRIPE_SECRET_KEY": "sk_test_limits",
            "STRIPE_PUBLISHABLE_KEY": "pk_test_limits",
            "STRIPE_WEBHOOK_SECRET": "whsec_limits",
            "DJANGO_FILE_STORAGE": "filesystem",
            "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
            "DJANGO_PRIVATE_ROOT": str(tmp_path / "private"),
            "DJANGO_LOG_LEVEL": "WARNING",
            # The balancer (the proxy below) connects from 127.0.0.1; clients come from other loopback addresses.
            "DJANGO_TRUSTED_PROXIES": "127.0.0.1/32",
            "RATE_LIMIT_SEARCH": "3/d",  # a day: no count starts again during the test
            "WEB_CONCURRENCY": "2",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "GUNICORN_LOG_LEVEL": "warning",
            "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}",
        }
    )
    shared_cache = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DATABASE)
    shared_cache.flushdb()
    server = subprocess.Popen(  # noqa: S603
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "marketplace.wsgi"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    balancer = None
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", seconds=90)
        balancer = ForwardingProxy(f"http://127.0.0.1:{port}", balancer=True)
        yield {"server": f"http://127.0.0.1:{port}", "balancer": balancer.url}
    finally:
        if balancer is not None:
            balancer.close()
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
        shared_cache.flushdb()
        assert server.returncode == 0, output


def search_from(client_address: str, base: str, forwarded_for: str = "") -> tuple[int, dict, dict]:
    headers = {"Accept-Language": "ar", "X-Forwarded-Proto": "https"}  # (a client may send this too: no matter)
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    status, response_headers, body = get_from(client_address, f"{base}/api/search/?q=%D9%81%D8%B6%D8%A9", headers)
    return status, response_headers, json.loads(body)


def test_under_gunicorn_each_client_behind_the_balancer_is_counted_by_its_own_address_across_workers(
    server_behind_balancer,
):
    balancer, server = server_behind_balancer["balancer"], server_behind_balancer["server"]

    # One client, sending a different X-Forwarded-For of its own each time, through the balancer
    first = [search_from("127.0.0.2", balancer, forwarded_for=f"192.0.2.{n}") for n in range(4)]
    # Another client through the balancer
    second = search_from("127.0.0.3", balancer)
    # A client going round the balancer, claiming to be the first client, then to be others
    direct = [search_from("127.0.0.4", server, forwarded_for="127.0.0.2")] + [
        search_from("127.0.0.4", server, forwarded_for=f"192.0.2.{n}") for n in range(3)
    ]

    assert [status for status, _headers, _body in first] == [200, 200, 200, 429]
    status, headers, body = first[3]
    assert int(headers["Retry-After"]) > 0
    assert body["error"] == "طلبات كثيرة من اتصالك. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى."
    assert second[0] == 200
    assert [status for status, _headers, _body in direct] == [200, 200, 200, 429]
