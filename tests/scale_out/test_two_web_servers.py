"""The marketplace on several machines, for real: two web servers (gunicorn with the project's configuration, on two
ports) and one background worker, all on the production settings, sharing this machine's PostgreSQL and Redis, a
search engine over HTTP and an S3-compatible object store (moto's server). Nothing may live on one server's disk or
in one process's memory: what a buyer or an artisan does through one server is there through the other.

The servers sit behind no real load balancer: `Balancer` plays its part. It sends each request to the server asked
for, with `X-Forwarded-Proto: https` as a TLS-terminating balancer would, and keeps the cookies the site sets
(secure cookies included, which Python's cookie jar would withhold over plain HTTP). When a server does not take a
connection, it sends the request to the other one, as a balancer does with a server it found down.

Slow (migrations, collectstatic, three processes): one module-scoped setup serves every test here.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
import redis
import requests

from provenance.keys import new_private_key_pem
from tests.image_files import plain_jpeg
from tests.servers import S3_CREDENTIALS, S3_REGION, VENV_BIN, free_port, wait_for

PROJECT = Path(__file__).resolve().parents[2]
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_DATABASE = 13  # a Redis database of these tests' own, emptied before and after
PASSWORD = "Nizwa-souq-2026!"


def postgres_is_here() -> bool:
    try:
        psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=2).close()
        return True
    except psycopg.Error:
        return False


# --- The machines ------------------------------------------------------------------------------------------------


class Site:
    """The production environment shared by every process, and the processes themselves."""

    def __init__(self, tmp: Path, *, search_url: str, s3_url: str, bucket: str, private_bucket: str) -> None:
        self.tmp = tmp
        self.database = f"hirfa_scale_out_{uuid.uuid4().hex[:10]}"
        self.env = {key: value for key, value in os.environ.items() if not key.startswith(PRODUCTION_PREFIXES)}
        self.env.update(
            {
                "DJANGO_SETTINGS_MODULE": "marketplace.settings.production",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                "PROVENANCE_SIGNING_KEY": new_private_key_pem(),
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "DATABASE_URL": f"{POSTGRES}/{self.database}",
                "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DATABASE}",
                "ELASTICSEARCH_URL": search_url,
                "SEARCH_INDEX_PREFIX": f"scale-{uuid.uuid4().hex[:8]}",
                "STRIPE_SECRET_KEY": "sk_test_scale_out",
                "STRIPE_PUBLISHABLE_KEY": "pk_test_scale_out",
                "STRIPE_WEBHOOK_SECRET": "whsec_scale_out",
                "AWS_STORAGE_BUCKET_NAME": bucket,
                "AWS_PRIVATE_BUCKET_NAME": private_bucket,
                "AWS_S3_ENDPOINT_URL": s3_url,
                "AWS_S3_REGION_NAME": S3_REGION,
                "AWS_S3_ADDRESSING_STYLE": "path",
                "AWS_S3_URL_PROTOCOL": "http:",
                **S3_CREDENTIALS,
                "DJANGO_STATIC_ROOT": str(tmp / "static"),
                "DJANGO_LOG_FORMAT": "json",
                # The tests poll the search page from one address while the worker catches up.
                "RATE_LIMIT_SEARCH": "1000/m",
                "WEB_CONCURRENCY": "2",
                "GUNICORN_LOG_LEVEL": "warning",
                "HOST": "127.0.0.1",
                "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}",
            }
        )
        self.web: dict[str, subprocess.Popen] = {}
        self.urls: dict[str, str] = {}
        self.worker: subprocess.Popen | None = None

    def manage(self, *args: str, timeout: float = 600) -> str:
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}"
        return result.stdout

    def start_web(self, name: str) -> None:
        port = free_port()
        log = open(self.tmp / f"web-{name}.log", "w")  # noqa: SIM115 (kept open for the process's life)
        self.web[name] = subprocess.Popen(  # noqa: S603
            [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "marketplace.wsgi"],
            cwd=PROJECT,
            env={**self.env, "PORT": str(port)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.urls[name] = f"http://127.0.0.1:{port}"
        wait_for(f"{self.urls[name]}/healthz", seconds=90)

    def stop_web(self, name: str) -> int:
        """Stop a web server the way a deploy or a failing machine's supervisor does: SIGTERM, in-flight requests
        finish (graceful_timeout), then it exits."""
        process = self.web[name]
        process.send_signal(signal.SIGTERM)
        return process.wait(timeout=60)

    def start_worker(self) -> None:
        log = open(self.tmp / "worker.log", "w")  # noqa: SIM115
        self.worker = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "worker", "--idle-sleep", "0.2"],
            cwd=PROJECT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def stop_all(self) -> None:
        for process in [*self.web.values(), self.worker]:
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in [*self.web.values(), self.worker]:
            if process is not None:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()

    def logs(self) -> str:
        return "\n".join(f"--- {path.name}\n{path.read_text()[-2000:]}" for path in sorted(self.tmp.glob("*.log")))


PRODUCTION_PREFIXES = ("DJANGO_", "DATABASE_", "STRIPE_", "REDIS_", "AWS_", "ELASTICSEARCH_", "SEARCH_", "SENTRY_")

SEED = """
import json
from django.contrib.auth.models import Permission
from artisans.workshop_views import _listing_initial
from tests.factories import UserFactory, make_artisan, make_product

potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
jar = make_product(artisan=potter, title_en="Bahla clay water jar", title_ar="جحلة من بهلاء", stock=50)
officer = UserFactory(email="officer@hirfa.test", is_staff=True, password="{password}")
officer.user_permissions.add(Permission.objects.get(codename="list_for_artisans"))
UserFactory(email="buyer@hirfa.test", password="{password}")
listing = {{key: ("" if value is None else value) for key, value in _listing_initial(jar).items()}}
listing["price"] = str(listing["price"])
from django.utils import translation
with translation.override("en"):
    url = jar.get_absolute_url()
print(json.dumps(
    {{"product": jar.pk, "url": url, "registry_number": potter.registry_number, "listing": listing}}, default=str
))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory, s3_server, osmem_server):
    if not postgres_is_here():
        pytest.skip("the scale-out test needs this machine's PostgreSQL at 127.0.0.1:5432")
    tmp = tmp_path_factory.mktemp("scale-out")
    search = osmem_server.clone()
    bucket = s3_server.new_bucket()
    site = Site(tmp, search_url=search.url, s3_url=s3_server.url, bucket=bucket, private_bucket=s3_server.new_bucket())
    cache = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DATABASE)
    cache.flushdb()
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{site.database}"')
    try:
        site.manage("migrate", "--no-input", "-v", "0")
        site.manage("collectstatic", "--no-input", "-v", "0")
        site.seeded = json.loads(site.manage("shell", "--no-imports", "-c", SEED.format(password=PASSWORD)))
        site.manage("search_index", "--rebuild")
        site.start_web("a")
        site.start_web("b")
        site.start_worker()
        yield site
    finally:
        site.stop_all()
        search.close()
        cache.flushdb()
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{site.database}" WITH (FORCE)')


# --- The balancer and the browser --------------------------------------------------------------------------------


class Balancer:
    """One visitor's browser behind the load balancer: requests go to the server named, over "HTTPS" as far as the
    site can tell, with the visitor's cookies; a server that refuses the connection is skipped for the other."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.cookies: dict[str, str] = {}
        self.http = requests.Session()
        self.served_by: list[str] = []

    def request(self, method: str, server: str, path: str, **kwargs) -> requests.Response:
        order = [server, *[name for name in self.site.urls if name != server]]
        for name in order:
            if self.site.web[name].poll() is not None:
                continue  # the balancer's health check has taken it out
            base = self.site.urls[name]
            headers = {
                "X-Forwarded-Proto": "https",
                "Referer": f"https://127.0.0.1:{base.rsplit(':', 1)[1]}{path}",
                "Cookie": "; ".join(f"{key}={value}" for key, value in self.cookies.items()),
                **kwargs.pop("headers", {}),
            }
            try:
                response = self.http.request(
                    method, base + path, headers=headers, allow_redirects=False, timeout=60, **kwargs
                )
            except requests.ConnectionError:
                continue  # not taken: no request reached the site, so sending it elsewhere repeats nothing
            for cookie in response.cookies:
                self.cookies[cookie.name] = cookie.value
            self.served_by.append(name)
            return response
        raise AssertionError("no web server took the request")

    def get(self, server: str, path: str, **kwargs) -> requests.Response:
        return self.request("GET", server, path, **kwargs)

    def post(self, server: str, path: str, data: dict, **kwargs) -> requests.Response:
        return self.request("POST", server, path, data={**data, "csrfmiddlewaretoken": self.csrf_token()}, **kwargs)

    def csrf_token(self) -> str:
        return self.cookies.get("csrftoken", "")

    def sign_in(self, server: str, email: str) -> None:
        self.get(server, "/en/shop/accounts/login/")
        response = self.post(
            server,
            "/en/shop/accounts/login/",
            {"login-username": email, "login-password": PASSWORD, "login_submit": "1"},
        )
        assert response.status_code == 302, response.text[:2000]


def basket_quantity(visitor: Balancer, server: str) -> int:
    """How many pieces the visitor's basket holds, as the basket page shows it."""
    page = visitor.get(server, "/en/shop/basket/")
    assert page.status_code == 200
    quantities = re.findall(
        r'name="form-\d+-quantity"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="form-\d+-quantity"', page.text
    )
    return sum(int(a or b) for a, b in quantities)


# --- What a buyer and an artisan see -----------------------------------------------------------------------------


def test_a_buyers_session_and_basket_follow_them_from_one_server_to_the_other(site):
    buyer = Balancer(site)
    product = site.seeded["product"]

    # Given a buyer who signs in through server A and puts a jar in their basket through server B
    buyer.sign_in("a", "buyer@hirfa.test")
    added = buyer.post("b", f"/en/shop/basket/add/{product}/", {"quantity": "2"})
    assert added.status_code == 302

    # Then server B knows who they are, and server A shows the same basket
    assert buyer.get("b", "/en/shop/accounts/profile/").status_code == 200
    assert basket_quantity(buyer, "a") == 2
    # And a visitor who never signed in is sent to sign in by either server
    stranger = Balancer(site)
    assert stranger.get("a", "/en/shop/accounts/profile/").status_code == 302
    assert stranger.get("b", "/en/shop/accounts/profile/").status_code == 302


def test_a_photo_uploaded_through_one_server_is_served_through_the_other_from_object_storage(site):
    officer = Balancer(site)
    officer.sign_in("a", "officer@hirfa.test")
    registry, product = site.seeded["registry_number"], site.seeded["product"]
    photos_path = f"/en/workshop/{registry}/pieces/{product}/photos/"

    # Given the authority adds a photo to the jar's listing through server A
    officer.get("a", photos_path)
    photo = plain_jpeg("jar.jpg")
    uploaded = officer.request(
        "POST",
        "a",
        photos_path,
        data={"alt_ar": "جحلة", "alt_en": "The jar", "csrfmiddlewaretoken": officer.csrf_token()},
        files={"photos": ("jar.jpg", photo.read(), "image/jpeg")},
    )
    assert uploaded.status_code == 302, uploaded.text[:2000]

    # When a buyer opens the jar's page through server B
    page = Balancer(site).get("b", site.seeded["url"])
    assert page.status_code == 200

    # Then its photo comes from the object store, not from either server's disk
    bucket_prefix = f"{site.env['AWS_S3_ENDPOINT_URL']}/{site.env['AWS_STORAGE_BUCKET_NAME']}/media/"
    sources = [src for src in re.findall(r'src="([^"]+)"', page.text) if src.startswith(bucket_prefix)]
    assert sources, "no photo from the object store on the page"
    image = requests.get(sources[0], timeout=10)
    assert image.status_code == 200 and image.headers["Content-Type"] == "image/jpeg"
    assert image.content[:2] == b"\xff\xd8"


def test_a_listing_edited_through_one_server_is_found_by_search_through_the_other_once_the_worker_has_run(site):
    officer = Balancer(site)
    officer.sign_in("b", "officer@hirfa.test")
    registry, product = site.seeded["registry_number"], site.seeded["product"]
    word = f"saruj{uuid.uuid4().hex[:6]}"  # a word no other listing has

    # Given the authority renames the jar through server B
    listing = {**site.seeded["listing"], "title_en": f"Bahla {word} water jar"}
    edited = officer.post("b", f"/en/workshop/{registry}/pieces/{product}/", listing)
    assert edited.status_code == 302, edited.text[:3000]

    # Then, once the worker has applied the search outbox, a search through server A finds it by the new word
    deadline = time.monotonic() + 90
    while True:
        results = Balancer(site).get("a", f"/en/shop/search/?q={word}")
        if results.status_code == 200 and f"Bahla {word} water jar" in results.text:
            break
        assert time.monotonic() < deadline, "the edit never reached the search index\n" + site.logs()
        time.sleep(0.5)
    # And the worker's log line about it carries the id of the request that made the edit (JSON lines)
    request_id = edited.headers["X-Request-ID"]
    worker_lines = [json.loads(line) for line in (site.tmp / "worker.log").read_text().splitlines() if line[:1] == "{"]
    assert any(line["request_id"] == request_id and f"product {product}" in line["message"] for line in worker_lines), (
        worker_lines[-10:]
    )


def test_a_server_stopped_mid_way_loses_nothing(site):
    buyer = Balancer(site)
    product = site.seeded["product"]
    buyer.sign_in("a", "buyer@hirfa.test")
    before = basket_quantity(buyer, "b")

    # Given a buyer adding to their basket, one request after another, through both servers in turn
    outcomes: list[int] = []

    def add_one(server: str) -> None:
        outcomes.append(buyer.post(server, f"/en/shop/basket/add/{product}/", {"quantity": "1"}).status_code)

    for server in ("a", "b", "a", "b"):
        add_one(server)
    # When server A is stopped while a request is on its way to it, and the buyer carries on
    in_flight = threading.Thread(target=add_one, args=("a",))
    in_flight.start()
    assert site.stop_web("a") == 0  # a clean, graceful exit
    in_flight.join(timeout=60)
    for server in ("a", "b", "a"):
        add_one(server)

    # Then every add was answered once, nothing was lost or counted twice, and the buyer is still signed in
    assert outcomes == [302] * 8
    assert basket_quantity(buyer, "b") == before + 8
    assert buyer.get("b", "/en/shop/accounts/profile/").status_code == 200
