"""Load test of two production-configured web servers with locust: throughput and latency by concurrency, the rate
at which p95 latency passes 500 ms, and requests per second per web worker for the main pages and for checkout.

Everything is set up here and torn down at the end, so a run is reproducible:

1. a PostgreSQL database of its own (`hirfa_bench_load`, dropped first if a previous run left it), migrated, filled
   with the demo catalogue (`load_demo`); a search engine of its own (the bundled in-memory engine, started on its
   own port and named by ELASTICSEARCH_URL, as production names its cluster), filled by `search_index --rebuild`;
   localstripe for the checkout; `collectstatic`; Redis database 5 (emptied at the start and the end);
2. the Procfile's processes with the production settings: the worker (`manage.py worker`), and two gunicorns
   (`gunicorn -c gunicorn.conf.py marketplace.wsgi`, WEB_CONCURRENCY workers each) on two ports, as two servers
   behind a balancer (DJANGO_SETTINGS_MODULE=marketplace.settings.production, with bench values for its required
   variables). Static files, media and private files go to the bench's temporary folder (DJANGO_STATIC_ROOT,
   DJANGO_MEDIA_ROOT, DJANGO_PRIVATE_ROOT; DJANGO_FILE_STORAGE=filesystem: no object store here), e-mail nowhere;
3. a warm-up pass over every page the users will ask for (thumbnails made on first view, caches filled), then a
   few pages from each worker of each server (templates compiled, modules imported);
4. locust users (in this process, headless), each bound to one of the two servers in turn, asking for the main
   pages: home (/en/, /ar/), catalogue listing, product pages, artisan profiles, stories, the search page (Arabic
   and English queries from the demo vocabulary) and the basket (add a piece with the CSRF token, then view the
   basket). Requests carry `X-Forwarded-Proto: https`, as from the TLS-terminating balancer; a redirect counts as a
   failure. Steps of increasing concurrency; per step: users, requests/s, p50, p95, p99, failures;
5. per web worker: the two servers are stopped and one gunicorn with a single worker is started; a few users with
   no think time keep it busy with the same pages (requests/s of one worker), then guest buyers go through the
   whole checkout (basket, guest e-mail, address, shipping, preview, place order, payment page, card confirmed at
   localstripe as Stripe.js would, return): checkout requests/s and orders/s of one worker.

Every failed request (5xx, unexpected status, redirect, connection error) is listed by URL and error, and makes the
script exit 1. The CPU time the gunicorn processes used is read from /proc for each phase: CPU ms per request is
the figure that holds when the machine is busy with other work. The load generator, the servers, PostgreSQL, Redis
and the search engine share this machine, so requests/s are a floor; the load averages are printed with each step.

    .venv/bin/python bench/load.py [--steps 2,4,8,16,32] [--step-seconds 40] [--think-time 1.0]
        [--web-concurrency 2] [--ports 8111,8112,8113] [--worker-users 3] [--worker-seconds 30]
        [--buyers 3] [--checkout-seconds 45] [--keep] [--reuse]

--keep leaves the database and the temporary folder (media, logs) in place; --reuse then skips creating the
database and loading the demo (migrations and the search index are still run). Takes about 10 minutes on 2 cores.
Figures go into the issue notes and docs/DEPLOYMENT.md (capacity), never into timed tests.
"""

from __future__ import annotations

# locust first: it patches the standard library for gevent before anything else uses sockets.
from locust import HttpUser, between, constant, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import itertools
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import gevent
import gevent.pool
import requests

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from provenance.keys import new_private_key_pem  # noqa: E402 (the project, put on the path above)

VENV_BIN = Path(sys.executable).parent
DATABASE = "hirfa_bench_load"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/5"
P95_LIMIT_MS = 500.0
SEARCHES = {
    "en": ["khanjar", "silver ring", "basket", "incense burner", "rug", "water jar", "frankincense", "khanjer", "kuma"],
    "ar": ["خنجر", "خاتم فضة", "سلة", "مبخرة", "سجادة", "جحلة", "لبان", "فخار بهلاء", "مكحلة"],
}
# The order in which the pages and the checkout's steps are reported.
NAME_ORDER = [
    *("home", "listing", "product", "artisan", "story", "search", "basket add", "basket"),
    *("checkout: product", "checkout: add to basket", "checkout: guest e-mail", "checkout: shipping address"),
    *("checkout: shipping method", "checkout: preview", "checkout: place order", "checkout: payment page"),
    "checkout: return (order paid)",
]
# The pieces guest buyers order: crafts with no restriction on any destination (no blades, no dangerous goods).
CHECKOUT_CRAFTS = ("pottery", "palm_frond", "wool_weaving", "cotton_weaving", "woodwork")

# Run in a subprocess with the production settings once the demo is loaded: the URLs the users ask for (real ones, from
# the database), and plenty of stock for the pieces the buyers order. Writes the plan as JSON to argv[1].
PLAN_SCRIPT = """
import json, sys
import django
django.setup()
from django.urls import reverse
from django.utils import translation
from artisans.models import Artisan
from catalogue.selectors import browsable_products
from catalogue.services import product_set_price_and_stock
from cms.models import StoryPage

def path(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)

def product_path(language, product):
    with translation.override(language):
        return product.get_absolute_url()

products = list(browsable_products().select_related("craft").prefetch_related("stockrecords").order_by("pk"))
languages = ("en", "ar")
available = [p for p in products if any((s.num_in_stock or 0) > (s.num_allocated or 0) for s in p.stockrecords.all())]
buyable = [
    p for p in available if p.craft.code in CRAFTS and not p.is_bladed and not p.is_dangerous_goods
][:20]
for product in buyable:  # enough stock that no buyer of the bench ever finds it sold out
    record = product.stockrecords.all()[0]
    product_set_price_and_stock(product=product, price=record.price, stock=100_000)
artisans = Artisan.objects.filter(verification=Artisan.Verification.VERIFIED).order_by("pk")
plan = {
    "home": ["/en/", "/ar/"],
    "listing": [path(l, "catalogue:index") + f"?page={n}" for l in languages for n in (1, 2, 3)],
    "product": [product_path(l, p) for l in languages for p in products],
    "artisan": [path(l, "artisans:detail", registry_number=a.registry_number) for l in languages for a in artisans],
    "story": sorted(page.url for page in StoryPage.objects.live()),
    "search": [path(l, "search:search") + "?q=" + q for l in languages for q in SEARCHES[l]],
    "basket_add": [[product_path(l, p), path(l, "basket:add", pk=p.pk)] for l in languages for p in available],
    "basket": [path(l, "basket:summary") for l in languages],
    "checkout_products": [[product_path("en", p), path("en", "basket:add", pk=p.pk)] for p in buyable],
}
with open(sys.argv[1], "w") as out:
    json.dump(plan, out, ensure_ascii=False)
"""


# --- The processes ----------------------------------------------------------------------------------------------


def port_is_free(port: int) -> bool:
    """Nothing listens there (connections of a previous run waiting to close do not count, as for gunicorn)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def psql(command: str) -> None:
    subprocess.run(
        ["psql", f"{POSTGRES}/postgres", "-v", "ON_ERROR_STOP=1", "-qc", command],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
    )


def redis_flush() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def load_averages() -> str:
    return "load average {:.2f}, {:.2f}, {:.2f}".format(*os.getloadavg())


class Processes:
    """The background processes this bench starts, stopped in reverse order (each by its own pid)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, command: list[str], env: dict) -> subprocess.Popen:
        log = (self.workdir / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command, cwd=PROJECT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True
        )
        self.running[name] = process
        return process

    def stop(self, name: str, timeout: float = 40) -> None:
        process = self.running.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)  # gunicorn: graceful shutdown; the worker: finish the current job
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_all(self) -> None:
        for name in reversed(list(self.running)):
            self.stop(name)

    def log_tail(self, name: str, lines: int = 15) -> str:
        path = self.workdir / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def cpu_seconds(pids: list[int]) -> float:
    """CPU time used so far by these gunicorn masters and their workers, live or exited (the master reaps its
    workers, so a worker replaced after max_requests is in the master's children's time)."""
    tick = os.sysconf("SC_CLK_TCK")

    def fields(pid: int) -> list[str]:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            return []

    total = 0
    for master in pids:
        stat = fields(master)
        total += sum(int(value) for value in stat[11:15])  # utime, stime, cutime, cstime
        for child in Path(f"/proc/{master}/task/{master}/children").read_text().split():
            total += sum(int(value) for value in fields(int(child))[11:13])
    return total / tick


def wait_until(url: str, seconds: float, ok=lambda response: response.ok) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if ok(requests.get(url, timeout=5)):
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def manage(env: dict, *arguments: str) -> None:
    began = time.monotonic()
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=PROJECT, env=env, check=True)
    print(f"  manage.py {' '.join(arguments)}: {time.monotonic() - began:.0f} s", flush=True)


@dataclass
class Site:
    env: dict  # production settings
    demo_env: dict  # local settings on the same database and search engine (load_demo refuses production)
    stripe_url: str


def site_environment(workdir: Path, engine_url: str, stripe_url: str) -> Site:
    common = {
        **os.environ,
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "ELASTICSEARCH_URL": engine_url,
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_PRIVATE_ROOT": str(workdir / "private"),
        "DJANGO_LOG_LEVEL": "WARNING",
        "STRIPE_SECRET_KEY": "sk_test_bench",
        "STRIPE_PUBLISHABLE_KEY": "pk_test_bench",
        "STRIPE_WEBHOOK_SECRET": "whsec_bench",
        "STRIPE_API_BASE": stripe_url,
        "STRIPE_JS_URL": f"{stripe_url}/js.stripe.com/v3/",
        # No mail server here: e-mail goes nowhere. EMAIL_URL, because production takes EMAIL_BACKEND from it.
        "EMAIL_URL": "dummymail://",
        "DJANGO_EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    for name in ("DJANGO_SETTINGS_MODULE", "SENTRY_DSN", "DJANGO_EMAIL_BACKEND", "METRICS_TOKEN"):
        common.pop(name, None)
    production = {
        **common,
        "DJANGO_SETTINGS_MODULE": "marketplace.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "PROVENANCE_SIGNING_KEY": new_private_key_pem(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": REDIS_URL,
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # requests carry X-Forwarded-Proto: https anyway
        "DJANGO_FILE_STORAGE": "filesystem",  # one machine: media on disk (no object store to run)
        # Every simulated visitor comes from this machine's one address: the per-address limits would stop them.
        "RATE_LIMITS_ENABLED": "false",
        "HOST": "127.0.0.1",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    demo = {**common, "DJANGO_SETTINGS_MODULE": "marketplace.settings.local"}
    return Site(production, demo, stripe_url)


def email_backend(env: dict) -> str:
    code = "import django; django.setup(); from django.conf import settings; print(settings.EMAIL_BACKEND)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def start_web(processes: Processes, site: Site, port: int, workers: int) -> str:
    metrics = processes.workdir / f"metrics-{port}"
    env = {**site.env, "PORT": str(port), "WEB_CONCURRENCY": str(workers), "PROMETHEUS_MULTIPROC_DIR": str(metrics)}
    processes.start(f"web-{port}", [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "marketplace.wsgi"], env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(f"{base}/readyz", 60)
    except RuntimeError:
        print(processes.log_tail(f"web-{port}"))
        raise
    return base


# --- What the users do --------------------------------------------------------------------------------------------


@dataclass
class Record:
    name: str
    method: str
    url: str
    milliseconds: float
    error: str


@dataclass
class Recorder:
    """Every request locust makes, kept per phase (the listener appends to `current`)."""

    current: list[Record] = field(default_factory=list)
    failures: list[tuple[str, Record]] = field(default_factory=list)
    phase: str = ""

    def begin(self, phase: str) -> None:
        self.phase, self.current = phase, []

    def on_request(self, request_type, name, response_time, response_length, exception=None, url=None, **_kw):
        record = Record(name, request_type, url or name, response_time, str(exception) if exception else "")
        self.current.append(record)
        if exception:
            self.failures.append((self.phase, record))


def send_secure_cookies_over_http(jar) -> None:
    """The balancer terminates TLS, so the site marks its cookies Secure while the last hop is plain HTTP: have the
    client send them back anyway, as a browser does over HTTPS (requests copies the jar for each request, so a
    cookie policy on the session's jar would not be used)."""
    for cookie in jar:
        cookie.secure = False


FORWARDED = {"X-Forwarded-Proto": "https", "User-Agent": "hirfa-bench-load"}


class SiteUser(HttpUser):
    """A client of the site behind the balancer; each new user is bound to the next server in turn."""

    abstract = True
    hosts: list[str] = []
    plan: dict = {}
    _next = itertools.count()
    wait_time = constant(0)
    host = "http://127.0.0.1"

    def __init__(self, environment) -> None:
        self.host = self.hosts[next(self._next) % len(self.hosts)]
        super().__init__(environment)
        self.client.headers.update(FORWARDED)
        self.added = 0

    def get(self, name: str, path: str, expected: int = 200):
        language = "ar" if path.startswith("/ar/") else "en"
        send_secure_cookies_over_http(self.client.cookies)
        with self.client.get(
            path, name=name, allow_redirects=False, catch_response=True, headers={"Accept-Language": language}
        ) as response:
            if response.status_code != expected:
                where = f" to {response.headers.get('Location')}" if response.is_redirect else ""
                response.failure(f"HTTP {response.status_code}{where}")
            response.as_expected = response.status_code == expected
            return response

    def post(self, name: str, path: str, data: dict, expected: int = 302):
        send_secure_cookies_over_http(self.client.cookies)
        token = self.client.cookies.get("csrftoken", "")
        headers = {"Origin": "https" + self.host.removeprefix("http"), "X-CSRFToken": token}
        with self.client.post(
            path,
            {"csrfmiddlewaretoken": token, **data},
            name=name,
            headers=headers,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != expected:
                response.failure(f"HTTP {response.status_code}")
            response.as_expected = response.status_code == expected
            return response


class Visitor(SiteUser):
    """A visitor browsing the main pages and putting a piece or two in the basket."""

    abstract = True

    @task(2)
    def home(self) -> None:
        self.get("home", random.choice(self.plan["home"]))

    @task(2)
    def listing(self) -> None:
        self.get("listing", random.choice(self.plan["listing"]))

    @task(4)
    def product(self) -> None:
        self.get("product", random.choice(self.plan["product"]))

    @task(1)
    def artisan(self) -> None:
        self.get("artisan", random.choice(self.plan["artisan"]))

    @task(1)
    def story(self) -> None:
        self.get("story", random.choice(self.plan["story"]))

    @task(2)
    def search(self) -> None:
        self.get("search", random.choice(self.plan["search"]))

    @task(1)
    def basket(self) -> None:
        if self.added >= 3:  # a new visitor, with an empty basket
            self.client.cookies.clear()
            self.added = 0
        page, add = random.choice(self.plan["basket_add"])
        self.get("product", page)
        self.post("basket add", add, {"quantity": 1})
        self.added += 1
        self.get("basket", self.plan["basket"][0 if page.startswith("/en/") else 1])


class Buyer(SiteUser):
    """A guest buyer going through the whole checkout, one order after another."""

    abstract = True
    stripe_url = ""

    @task
    def checkout(self) -> None:
        self.client.cookies.clear()
        page, add = random.choice(self.plan["checkout_products"])
        steps = [
            lambda: self.get("checkout: product", page),
            lambda: self.post("checkout: add to basket", add, {"quantity": 1}),
            lambda: self.post(
                "checkout: guest e-mail",
                "/en/shop/checkout/",
                {"username": f"bench-{uuid.uuid4().hex[:12]}@example.com", "options": "anonymous"},
            ),
            lambda: self.post(
                "checkout: shipping address",
                "/en/shop/checkout/shipping-address/",
                {
                    "first_name": "Maryam",
                    "last_name": "Al Balushi",
                    "line1": "Way 3021",
                    "line4": "Muscat",
                    "state": "Muscat",
                    "postcode": "112",
                    "country": "OM",
                    "phone_number": "+96891234567",
                },
            ),
            lambda: self.get("checkout: shipping method", "/en/shop/checkout/shipping-method/", expected=302),
            lambda: self.get("checkout: preview", "/en/shop/checkout/preview/"),
            lambda: self.post("checkout: place order", "/en/shop/checkout/preview/", {"action": "place_order"}),
        ]
        for step in steps:
            response = step()
            if not response.as_expected:
                return
        location = response.headers.get("Location", "")
        if "/pay/" not in location:
            return
        pay = self.get("checkout: payment page", location)
        secret = re.search(r'data-client-secret="(pi_[^"]+)"', pay.text or "")
        if not secret:
            return
        self.confirm_card(secret.group(1).split("_secret_")[0])
        back = self.get("checkout: return (order paid)", location.rstrip("/") + "/return/", expected=302)
        if back.headers.get("Location", "").endswith("/thank-you/"):
            self.environment.orders_paid += 1

    def confirm_card(self, intent: str) -> None:
        """What Stripe.js does in the buyer's browser, straight to localstripe (not a request to the site)."""
        auth = {"Authorization": "Bearer sk_test_bench"}
        card = {"type": "card", "card[number]": "4242424242424242", "card[exp_month]": "12"}
        card |= {"card[exp_year]": "2030", "card[cvc]": "123"}
        method = requests.post(f"{self.stripe_url}/v1/payment_methods", headers=auth, data=card, timeout=10).json()
        url = f"{self.stripe_url}/v1/payment_intents/{intent}"
        requests.post(url, headers=auth, data={"payment_method": method["id"]}, timeout=10)
        requests.post(f"{url}/confirm", headers=auth, timeout=10)


# --- Running the users --------------------------------------------------------------------------------------------


@dataclass
class Phase:
    label: str
    users: int
    seconds: float
    records: list[Record]
    load: str
    orders: int = 0
    cpu: float = 0.0  # seconds of CPU the web processes used during the phase

    @property
    def cpu_ms_per_request(self) -> float:
        return 1000 * self.cpu / max(len(self.records), 1)

    @property
    def rps(self) -> float:
        return len(self.records) / self.seconds

    def percentile(self, q: float, name: str | None = None) -> float:
        values = sorted(r.milliseconds for r in self.records if name is None or r.name == name)
        return values[max(0, math.ceil(q * len(values)) - 1)] if values else float("nan")

    @property
    def failures(self) -> int:
        return sum(1 for r in self.records if r.error)


def run_users(
    user_class: type[SiteUser], recorder: Recorder, label: str, counts: list[int], seconds: float, web: list[int]
) -> list[Phase]:
    """Run `user_class` at each user count in turn for `seconds`; `web` are the gunicorn masters' pids."""
    environment = Environment(user_classes=[user_class])
    environment.orders_paid = 0
    environment.events.request.add_listener(recorder.on_request)
    runner = environment.create_local_runner()
    phases = []
    try:
        for users in counts:
            runner.start(users, spawn_rate=max(users, 1))
            deadline = time.monotonic() + 30
            while runner.user_count < users and time.monotonic() < deadline:
                gevent.sleep(0.1)
            gevent.sleep(2)  # let the new users' first requests settle in
            recorder.begin(f"{label} {users} users")
            orders_before, cpu_before = environment.orders_paid, cpu_seconds(web)
            began = time.monotonic()
            gevent.sleep(seconds)
            elapsed = time.monotonic() - began
            phase = Phase(label, users, elapsed, recorder.current, load_averages())
            phase.orders, phase.cpu = environment.orders_paid - orders_before, cpu_seconds(web) - cpu_before
            recorder.begin("between phases")
            phases.append(phase)
            print(
                f"  {label}: {users} users, {phase.rps:.1f} requests/s, p95 {phase.percentile(0.95):.0f} ms, "
                f"{phase.cpu_ms_per_request:.0f} ms CPU per request, {phase.failures} failed ({phase.load})",
                flush=True,
            )
    finally:
        runner.quit()
    return phases


def warm_up(plan: dict, base: str, recorder: Recorder, per_kind: int | None = None) -> None:
    """Every page once (product pages in both languages), four at a time: thumbnails made, caches filled. With
    `per_kind`, only that many pages of each kind: enough for each worker of a server to have served a few."""
    recorder.begin("warm-up")
    session = requests.Session()
    session.headers.update(FORWARDED)
    kinds = ("home", "listing", "product", "artisan", "story", "search")
    paths = [
        path
        for kind in kinds
        for path in (plan[kind] if per_kind is None else random.sample(plan[kind], min(per_kind, len(plan[kind]))))
    ]

    def fetch(path: str) -> None:
        began = time.perf_counter()
        try:
            response = session.get(base + path, allow_redirects=False, timeout=60)
            error = "" if response.status_code == 200 else f"HTTP {response.status_code}"
        except requests.RequestException as exception:
            error = f"{type(exception).__name__}: {exception}"
        record = Record("warm-up", "GET", base + path, (time.perf_counter() - began) * 1000, error)
        recorder.current.append(record)
        if error:
            recorder.failures.append(("warm-up", record))

    began = time.monotonic()
    pool = gevent.pool.Pool(4)
    pool.map(fetch, paths)
    print(f"  warm-up of {base}: {len(paths)} pages in {time.monotonic() - began:.0f} s", flush=True)


# --- Reporting ----------------------------------------------------------------------------------------------------


def print_steps(phases: list[Phase]) -> None:
    print(
        f"\n{'users':>5} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'failed':>6} "
        f"{'CPU ms/req':>10}  load average (1, 5, 15 min)"
    )
    for p in phases:
        print(
            f"{p.users:>5} {len(p.records):>8} {p.rps:>7.1f} {p.percentile(0.5):>7.0f} {p.percentile(0.95):>7.0f} "
            f"{p.percentile(0.99):>7.0f} {p.failures:>6} {p.cpu_ms_per_request:>10.0f}  "
            f"{p.load.removeprefix('load average ')}"
        )
    names = sorted({r.name for p in phases for r in p.records})
    print("\np95 by page (ms) at each step:")
    print(f"{'page':<12}" + "".join(f"{p.users:>7}" for p in phases))
    for name in names:
        print(f"{name:<12}" + "".join(f"{p.percentile(0.95, name):>7.0f}" for p in phases))


def p95_crossing(phases: list[Phase]) -> str:
    previous = None
    for phase in phases:
        p95 = phase.percentile(0.95)
        if p95 > P95_LIMIT_MS:
            if previous is None:
                return f"already above {P95_LIMIT_MS:.0f} ms at the first step ({phase.rps:.1f} requests/s)"
            before = previous.percentile(0.95)
            share = (P95_LIMIT_MS - before) / (p95 - before)
            rate = previous.rps + share * (phase.rps - previous.rps)
            return (
                f"about {rate:.1f} requests/s (interpolated between {previous.users} users: {previous.rps:.1f}/s, "
                f"p95 {before:.0f} ms and {phase.users} users: {phase.rps:.1f}/s, p95 {p95:.0f} ms)"
            )
        previous = phase
    last = phases[-1]
    return f"not reached up to {last.users} users ({last.rps:.1f} requests/s, p95 {last.percentile(0.95):.0f} ms)"


def print_phase_by_name(phase: Phase) -> None:
    counts = Counter(r.name for r in phase.records)
    for name in sorted(counts, key=lambda n: (n not in NAME_ORDER, NAME_ORDER.index(n) if n in NAME_ORDER else n)):
        print(
            f"    {name:<32} n={counts[name]:<5} p50 {phase.percentile(0.5, name):6.0f} ms  "
            f"p95 {phase.percentile(0.95, name):6.0f} ms"
        )


def print_failures(failures: list[tuple[str, Record]]) -> None:
    grouped = Counter((phase, r.method, r.url, r.error) for phase, r in failures)
    print(f"\nFAILED REQUESTS: {len(failures)}")
    for (phase, method, url, error), count in grouped.most_common():
        print(f"  {count:>4} x [{phase}] {method} {url}: {error}")


# --- The run ------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", default="2,4,8,16,32", help="users at each step, comma-separated")
    parser.add_argument("--step-seconds", type=float, default=40)
    parser.add_argument("--think-time", type=float, default=1.0, help="mean seconds between a user's requests")
    parser.add_argument("--web-concurrency", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--ports", default="8111,8112,8113", help="server A, server B, the one-worker server")
    parser.add_argument("--worker-users", type=int, default=3, help="users, no think time, on the one worker")
    parser.add_argument("--worker-seconds", type=float, default=30)
    parser.add_argument("--buyers", type=int, default=3, help="guest buyers, no think time, on the one worker")
    parser.add_argument("--checkout-seconds", type=float, default=45)
    parser.add_argument("--workdir", default="/tmp/hirfa-bench-load")
    parser.add_argument("--keep", action="store_true", help="keep the database and the temporary folder")
    parser.add_argument("--reuse", action="store_true", help="reuse a kept database (no create, no load_demo)")
    args = parser.parse_args()
    steps = [int(n) for n in args.steps.split(",")]
    ports = [int(p) for p in args.ports.split(",")]
    engine_port, stripe_port = free_port(), free_port()
    busy = [port for port in ports if not port_is_free(port)]
    if busy:
        sys.exit(f"Ports in use: {busy}; choose others with --ports.")

    print(f"Hirfa load bench, {time.strftime('%Y-%m-%d %H:%M:%S')}, {os.cpu_count()} cores; before: {load_averages()}")
    workdir = Path(args.workdir)
    if not args.reuse:
        shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True, exist_ok=True)
    processes = Processes(workdir)
    recorder = Recorder()
    created_database = False
    try:
        if not args.reuse:
            psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            psql(f'CREATE DATABASE "{DATABASE}"')
            created_database = True
        redis_flush()
        from osmem_server import resolve_binary

        engine_url = f"http://127.0.0.1:{engine_port}"
        processes.start(
            "engine", [resolve_binary(), "--addr", f"127.0.0.1:{engine_port}", "--no-stdin-watch"], dict(os.environ)
        )
        stripe_url = f"http://127.0.0.1:{stripe_port}"
        processes.start(
            "localstripe",
            [str(VENV_BIN / "localstripe"), "--port", str(stripe_port), "--from-scratch"],
            dict(os.environ),
        )
        wait_until(engine_url, 20)
        wait_until(f"{stripe_url}/js.stripe.com/v3/", 30)
        site = site_environment(workdir, engine_url, stripe_url)
        backend = email_backend(site.env)
        print(f"Setting up ({DATABASE}, search engine at {engine_url}, localstripe at {stripe_url}, e-mail {backend})")
        manage(site.env, "migrate", "--no-input", "-v", "0")
        if not args.reuse:
            manage(site.demo_env, "load_demo", "-v", "0")
        manage(site.env, "search_index", "--rebuild")
        manage(site.env, "collectstatic", "--no-input", "-v", "0")
        plan_file = workdir / "plan.json"
        script = PLAN_SCRIPT.replace("CRAFTS", repr(CHECKOUT_CRAFTS)).replace("SEARCHES", repr(SEARCHES))
        subprocess.run([sys.executable, "-c", script, str(plan_file)], cwd=PROJECT, env=site.env, check=True)
        plan = json.loads(plan_file.read_text())
        print("  " + ", ".join(f"{len(urls)} {kind}" for kind, urls in plan.items()))

        processes.start("worker", [sys.executable, "manage.py", "worker"], site.env)
        hosts = [start_web(processes, site, port, args.web_concurrency) for port in ports[:2]]
        print(f"Two servers ({args.web_concurrency} workers each) at {', '.join(hosts)}; the worker runs beside them")
        warm_up(plan, hosts[0], recorder)
        for host in hosts:
            warm_up(plan, host, recorder, per_kind=2 * args.web_concurrency)

        think = args.think_time
        wait = between(think / 2, think * 1.5) if think > 0 else constant(0)
        browsing = type("BrowsingVisitor", (Visitor,), {"hosts": hosts, "plan": plan, "wait_time": wait})
        print(f"\nSteps of {args.step_seconds:.0f} s, think time {think:.1f} s (mean), both servers:", flush=True)
        both = [processes.running[f"web-{port}"].pid for port in ports[:2]]
        phases = run_users(browsing, recorder, "step", steps, args.step_seconds, both)

        for port in ports[:2]:
            processes.stop(f"web-{port}")
        single = [start_web(processes, site, ports[2], 1)]
        print(f"\nOne server with one worker at {single[0]}:", flush=True)
        warm_up(plan, single[0], recorder, per_kind=2)
        busy_visitor = type("BusyVisitor", (Visitor,), {"hosts": single, "plan": plan, "wait_time": constant(0)})
        one = [processes.running[f"web-{ports[2]}"].pid]
        (pages,) = run_users(busy_visitor, recorder, "pages", [args.worker_users], args.worker_seconds, one)
        buyer = type(
            "BenchBuyer", (Buyer,), {"hosts": single, "plan": plan, "wait_time": constant(0), "stripe_url": stripe_url}
        )
        (checkout,) = run_users(buyer, recorder, "checkout", [args.buyers], args.checkout_seconds, one)
    finally:
        processes.stop_all()
        if args.keep:
            print(f"\nKept: database {DATABASE}, folder {workdir}")
        else:
            if created_database or args.reuse:
                psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            shutil.rmtree(workdir, ignore_errors=True)
        redis_flush()

    print("\n=== Both servers, steps of increasing concurrency ===")
    print_steps(phases)
    print(f"\np95 passes {P95_LIMIT_MS:.0f} ms at: {p95_crossing(phases)}")
    busiest = max(phases, key=lambda phase: phase.rps)
    workers = 2 * args.web_concurrency
    print(
        f"busiest step: {busiest.rps:.1f} requests/s over {workers} workers = {busiest.rps / workers:.1f} per worker "
        f"({workers} workers, the worker process, PostgreSQL, Redis, the search engine and locust on "
        f"{os.cpu_count()} cores)"
    )
    print("\n=== One web worker ===")
    print(
        f"main pages: {pages.rps:.1f} requests/s per worker, {pages.cpu_ms_per_request:.0f} ms of CPU per request "
        f"({pages.users} users without think time, p50 {pages.percentile(0.5):.0f} ms, "
        f"p95 {pages.percentile(0.95):.0f} ms, {pages.load})"
    )
    print_phase_by_name(pages)
    print(
        f"checkout: {checkout.rps:.1f} requests/s per worker, {checkout.orders / checkout.seconds:.2f} orders/s, "
        f"{checkout.cpu_ms_per_request:.0f} ms of CPU per request ({checkout.orders} orders paid in "
        f"{checkout.seconds:.0f} s by {checkout.users} guest buyers, "
        f"{len(checkout.records) / max(checkout.orders, 1):.1f} site requests per order, {checkout.load})"
    )
    print_phase_by_name(checkout)
    print(f"\nAfter: {load_averages()}")
    if recorder.failures:
        print_failures(recorder.failures)
        return 1
    print("\nNo failed requests.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
