"""The storefront's main pages as a share of a bare Django view served the same way, in the same run (issue 19).

The machine is shared, so requests/s alone say little; the ratio to a bare view measured just before each page, on
the same machine at the same moment, is the figure that holds. How:

1. a SQLite database of its own (in the bench's folder), migrated, filled with `load_demo`; the bundled search engine
   on a port of its own (named by ELASTICSEARCH_URL), filled by `search_index --rebuild`; media in the bench's folder;
2. two gunicorns with the project's gunicorn.conf.py, 2 sync workers each, side by side: a bare Django view answering
   "ok" (no middleware, no apps, DEBUG off), and Hirfa with the local settings (`marketplace.settings.local`,
   DJANGO_DEBUG off, rate limits off: every request comes from this machine's one address);
3. for each page (home `/en/`, the catalogue list, a product page, a story, a search), `wrk -t2 -c8 -d10s` on the
   bare view and then on the page, over loopback, with CPU time of each gunicorn (master and workers, from /proc)
   read before and after: CPU ms per request;
4. cold and warm: *cold* serves Hirfa with `DJANGO_CACHE_URL=dummycache://`, so no request finds anything in the
   cache (the uncached path, as after a deploy or a purge, on every request); *warm* serves it with the local
   in-memory cache after a warm-up. Both servers are restarted for each, and each worker serves every page a few
   times before the measurement (code imported, templates compiled);
5. two rounds; per page and state the median of the rounds' ratios (and of req/s and CPU ms per request).

SQL per request is counted apart, with Django's test client in a separate process on the same database and engine:
cold with the dummy cache, warm as the second request with the in-memory cache. A failed request is any non-2xx/3xx
answer or socket error that wrk reports; requests without an answer within wrk's 2 s are listed apart as timeouts
(a page that slow is a failure for the issue's goal too: the exit code is 1 for either). The warm-up refuses to start
unless every page answers 200.

The output states whether gunicorn.conf.py's access log and worker recycling (max_requests) were on: both are off
by default here, for both servers (`--access-log`, `--recycle` turn them on), since writing every request to a log
file and replacing a worker after 2,000 requests cost the bare view proportionally more than the pages.

    .venv/bin/python bench/pages.py [--rounds 2] [--seconds 10] [--ports 8620,8621] [--access-log] [--recycle]
        [--seed /tmp/hirfa-bench-pages-seed]

--seed keeps a copy of the loaded demo (database and media) in a folder and starts from it next time, instead of
running load_demo again (about 4 minutes); migrations and the search index are still run.

Needs `wrk` (`apt-get install -y wrk`). Takes about 12 minutes on 2 cores, most of it loading the demo.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PAGES = ("home", "list", "product", "story", "search")
STATES = ("cold", "warm")
WARM_UP_PER_WORKER = 4
# What gunicorn.conf.py reads from the environment, set the same for both servers.
GUNICORN = ("HOST", "WEB_CONCURRENCY", "GUNICORN_LOG_LEVEL", "GUNICORN_ACCESS_LOG", "GUNICORN_MAX_REQUESTS")

BARE_SITE = '''
"""A bare Django view answering "ok": the bench's yardstick."""
from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = __name__
MIDDLEWARE = []
INSTALLED_APPS = []
USE_TZ = True


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok)]

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
'''

# Run in a subprocess with Hirfa's environment once the demo is loaded: one URL of each kind, from the database.
PLAN_SCRIPT = """
import json, sys
import django
django.setup()
from django.urls import reverse
from django.utils import translation
from catalogue.selectors import browsable_products
from cms.models import StoryPage

with translation.override("en"):
    product = browsable_products().order_by("pk").first()
    story = StoryPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    plan = {
        "home": "/en/",
        "list": reverse("catalogue:index"),
        "product": product.get_absolute_url(),
        "story": story.url,
        "search": reverse("search:search") + "?q=silver",
    }
with open(sys.argv[1], "w") as out:
    json.dump(plan, out)
"""

# Run in a subprocess: SQL queries of one request to each page (argv[2] "cold": the first request with whatever
# cache the settings name; "warm": the second of two).
SQL_SCRIPT = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

plan, state = json.load(open(sys.argv[1])), sys.argv[2]
counts = {}
for name, url in plan.items():
    client = Client(SERVER_NAME="127.0.0.1")
    if state == "warm":
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    counts[name] = len(queries)
print(json.dumps(counts))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def load_averages() -> str:
    return "load average {:.2f}, {:.2f}, {:.2f}".format(*os.getloadavg())


class Processes:
    """The background processes this bench starts, each stopped by its own pid."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, command: list[str], env: dict, cwd: Path = PROJECT) -> subprocess.Popen:
        log = (self.workdir / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True
        )
        self.running[name] = process
        return process

    def stop(self, name: str, timeout: float = 30) -> None:
        process = self.running.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_all(self) -> None:
        for name in reversed(list(self.running)):
            self.stop(name)

    def log_tail(self, name: str, lines: int = 20) -> str:
        path = self.workdir / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def cpu_seconds(master: int) -> float:
    """CPU time used so far by a gunicorn master and its workers, live or exited (the master reaps its workers, so a
    replaced worker's time is in the master's children's time)."""
    tick = os.sysconf("SC_CLK_TCK")

    def fields(pid: int) -> list[str]:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            return []

    stat = fields(master)
    total = sum(int(value) for value in stat[11:15])  # utime, stime, cutime, cstime
    for child in Path(f"/proc/{master}/task/{master}/children").read_text().split():
        total += sum(int(value) for value in fields(int(child))[11:13])
    return total / tick


def get_status(url: str, timeout: float = 60) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 0


def wait_until_up(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if get_status(url, timeout=5):
            return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def manage(env: dict, *arguments: str) -> None:
    began = time.monotonic()
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=PROJECT, env=env, check=True)
    print(f"  manage.py {' '.join(arguments)}: {time.monotonic() - began:.0f} s", flush=True)


@dataclass
class WrkResult:
    requests: int
    seconds: float
    failed: int  # non-2xx/3xx answers, connect, read and write errors
    timeouts: int  # no answer within wrk's 2 s
    cpu_ms_per_request: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def wrk(url: str, master: int, seconds: int) -> WrkResult:
    """`wrk -t2 -c8 -d<seconds>s` on one URL; failures are non-2xx/3xx answers and socket errors, timeouts (no
    answer within wrk's default 2 s) are counted apart."""
    before = cpu_seconds(master)
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url], check=True, capture_output=True, text=True
    ).stdout
    cpu = cpu_seconds(master) - before
    done = re.search(r"(\d+) requests in ([\d.]+)(ms|s|m)", output)
    if done is None:
        raise RuntimeError(f"wrk said:\n{output}")
    requests, elapsed = int(done.group(1)), float(done.group(2)) * {"ms": 0.001, "s": 1, "m": 60}[done.group(3)]
    failed = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    timeouts = 0
    if errors:
        failed += sum(int(n) for n in errors.groups()[:3])
        timeouts = int(errors.group(4))
    return WrkResult(requests, elapsed, failed, timeouts, 1000 * cpu / max(requests, 1))


@dataclass
class Servers:
    bare: str
    hirfa: str
    bare_pid: int
    hirfa_pid: int


def start_servers(processes: Processes, args, hirfa_env: dict, bare_dir: Path, state: str) -> Servers:
    gunicorn = [str(VENV_BIN / "gunicorn"), "-c", str(PROJECT / "gunicorn.conf.py")]
    served = {
        **os.environ,
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_LOG_LEVEL": "warning",
        "GUNICORN_ACCESS_LOG": "on" if args.access_log else "off",
        "GUNICORN_MAX_REQUESTS": "2000" if args.recycle else "0",
    }
    served.pop("PROMETHEUS_MULTIPROC_DIR", None)
    bare_env = {
        **served,
        "PORT": str(args.ports[0]),
        "DJANGO_SETTINGS_MODULE": "bare_site",
        "PYTHONPATH": str(bare_dir),
    }
    gunicorn_settings = {name: served[name] for name in GUNICORN}
    web_env = {**hirfa_env, **gunicorn_settings, "PORT": str(args.ports[1])}
    if state == "cold":
        web_env["DJANGO_CACHE_URL"] = "dummycache://"
    bare = processes.start("bare", [*gunicorn, "bare_site:application"], bare_env, cwd=bare_dir)
    hirfa = processes.start("hirfa", [*gunicorn, "marketplace.wsgi"], web_env)
    servers = Servers(f"http://127.0.0.1:{args.ports[0]}", f"http://127.0.0.1:{args.ports[1]}", bare.pid, hirfa.pid)
    for name, base in (("bare", servers.bare), ("hirfa", servers.hirfa)):
        try:
            wait_until_up(f"{base}/", 60)
        except RuntimeError:
            print(processes.log_tail(name))
            raise
    return servers


def warm_up(servers: Servers, plan: dict) -> None:
    """Every page a few times per worker, each required to answer 200."""
    for _ in range(2 * WARM_UP_PER_WORKER):
        if get_status(servers.bare + "/") != 200:
            raise RuntimeError("the bare view did not answer 200")
        for name, path in plan.items():
            status = get_status(servers.hirfa + path)
            if status != 200:
                raise RuntimeError(f"{name} {path} answered {status}")


def sql_per_request(hirfa_env: dict, plan_file: Path, state: str) -> dict:
    env = {**hirfa_env}
    if state == "cold":
        env["DJANGO_CACHE_URL"] = "dummycache://"
    output = subprocess.run(
        [sys.executable, "-c", SQL_SCRIPT, str(plan_file), state],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def gunicorn_setting(name: str, env: dict) -> str:
    code = f"import runpy; print(runpy.run_path('gunicorn.conf.py').get({name!r}))"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per page (-d)")
    parser.add_argument("--ports", default="8620,8621", help="the bare view's and Hirfa's")
    parser.add_argument("--workdir", default="/tmp/hirfa-bench-pages")
    parser.add_argument("--access-log", action="store_true", help="keep gunicorn.conf.py's access log on")
    parser.add_argument("--recycle", action="store_true", help="keep gunicorn.conf.py's worker recycling on")
    parser.add_argument("--keep", action="store_true", help="keep the folder (database, media, logs)")
    parser.add_argument(
        "--seed", help="a folder for the demo database and media: filled after load_demo, copied from when full"
    )
    args = parser.parse_args()
    args.ports = [int(p) for p in args.ports.split(",")]
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    busy = [port for port in args.ports if not port_is_free(port)]
    if busy:
        sys.exit(f"Ports in use: {busy}; choose others with --ports.")

    print(f"Hirfa pages bench, {time.strftime('%Y-%m-%d %H:%M:%S')}, {os.cpu_count()} cores; {load_averages()}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT, capture_output=True, text=True)
    print(f"Code at {commit.stdout.strip()} (uncommitted changes, if any, included)")
    workdir = Path(args.workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    (workdir / "bare").mkdir(parents=True)
    (workdir / "bare" / "bare_site.py").write_text(textwrap.dedent(BARE_SITE))
    processes = Processes(workdir)
    engine_port = free_port()
    engine_url = f"http://127.0.0.1:{engine_port}"
    hirfa_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "marketplace.settings.local",
        "DJANGO_DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "ELASTICSEARCH_URL": engine_url,
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_PRIVATE_ROOT": str(workdir / "private"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "WARNING",
        "RATE_LIMITS_ENABLED": "false",
    }
    for name in ("SENTRY_DSN", "METRICS_TOKEN", "DJANGO_CACHE_URL", "PROMETHEUS_MULTIPROC_DIR"):
        hirfa_env.pop(name, None)
    results: dict[tuple[str, str], list[tuple[WrkResult, WrkResult]]] = {}
    sql: dict[str, dict] = {}
    try:
        from osmem_server import resolve_binary

        processes.start(
            "engine", [resolve_binary(), "--addr", f"127.0.0.1:{engine_port}", "--no-stdin-watch"], dict(os.environ)
        )
        wait_until_up(engine_url, 20)
        print(f"Setting up ({workdir / 'db.sqlite3'}, search engine at {engine_url})", flush=True)
        seed = Path(args.seed) if args.seed else None
        if seed and (seed / "db.sqlite3").exists():
            shutil.copy(seed / "db.sqlite3", workdir / "db.sqlite3")
            shutil.copytree(seed / "media", workdir / "media")
            print(f"  the demo database and media copied from {seed}")
        manage(hirfa_env, "migrate", "--no-input", "-v", "0")
        if not (seed and (seed / "db.sqlite3").exists()):
            manage(hirfa_env, "load_demo", "-v", "0")
            if seed:
                seed.mkdir(parents=True, exist_ok=True)
                shutil.copy(workdir / "db.sqlite3", seed / "db.sqlite3")
                shutil.copytree(workdir / "media", seed / "media")
        manage(hirfa_env, "search_index", "--rebuild")
        plan_file = workdir / "plan.json"
        subprocess.run([sys.executable, "-c", PLAN_SCRIPT, str(plan_file)], cwd=PROJECT, env=hirfa_env, check=True)
        plan = json.loads(plan_file.read_text())
        for name, path in plan.items():
            print(f"  {name}: {path}")
        for state in STATES:
            sql[state] = sql_per_request(hirfa_env, plan_file, state)

        for round_number in range(1, args.rounds + 1):
            for state in STATES:
                servers = start_servers(processes, args, hirfa_env, workdir / "bare", state)
                if round_number == 1 and state == STATES[0]:
                    settings_env = {**os.environ, "GUNICORN_ACCESS_LOG": "on" if args.access_log else "off"}
                    settings_env["GUNICORN_MAX_REQUESTS"] = "2000" if args.recycle else "0"
                    sockets = [
                        gunicorn_setting("control_socket", {**settings_env, "PORT": str(port)}) for port in args.ports
                    ]
                    args.stated = (
                        f"gunicorn.conf.py: accesslog={gunicorn_setting('accesslog', settings_env)}, "
                        f"max_requests={gunicorn_setting('max_requests', settings_env)} (0: no recycling), "
                        f"control sockets {' and '.join(sockets)}"
                    )
                    print(args.stated)
                warm_up(servers, plan)
                for page in PAGES:
                    bare = wrk(servers.bare + "/", servers.bare_pid, args.seconds)
                    page_result = wrk(servers.hirfa + plan[page], servers.hirfa_pid, args.seconds)
                    results.setdefault((page, state), []).append((bare, page_result))
                    print(
                        f"  round {round_number} {state:<4} {page:<8} bare {bare.rps:7.0f}/s "
                        f"({bare.cpu_ms_per_request:.2f} ms CPU)  page {page_result.rps:6.1f}/s "
                        f"({page_result.cpu_ms_per_request:.1f} ms CPU)  share {page_result.rps / bare.rps:6.2%}  "
                        f"failed {bare.failed}+{page_result.failed}, timeouts {bare.timeouts}+{page_result.timeouts}"
                        f"  ({load_averages()})",
                        flush=True,
                    )
                processes.stop("hirfa")
                processes.stop("bare")
    finally:
        processes.stop_all()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print(f"\n=== Share of the bare view, median of {args.rounds} rounds (wrk -t2 -c8 -d{args.seconds}s) ===")
    print(args.stated)
    print(
        f"{'page':<8} {'state':<5} {'req/s':>7} {'bare/s':>7} {'share':>7} {'CPU ms/req':>10} "
        f"{'bare CPU ms':>11} {'SQL/req':>7} {'failed':>6} {'timeouts':>8}"
    )
    failed_total = 0
    for page in PAGES:
        for state in STATES:
            runs = results[(page, state)]
            failed = sum(bare.failed + page_result.failed for bare, page_result in runs)
            timeouts = sum(bare.timeouts + page_result.timeouts for bare, page_result in runs)
            failed_total += failed + timeouts
            print(
                f"{page:<8} {state:<5} {statistics.median(p.rps for _, p in runs):>7.1f} "
                f"{statistics.median(b.rps for b, _ in runs):>7.0f} "
                f"{statistics.median(p.rps / b.rps for b, p in runs):>7.2%} "
                f"{statistics.median(p.cpu_ms_per_request for _, p in runs):>10.1f} "
                f"{statistics.median(b.cpu_ms_per_request for b, _ in runs):>11.2f} "
                f"{sql[state][page]:>7} {failed:>6} {timeouts:>8}"
            )
    print(f"\nAfter: {load_averages()}")
    return 1 if failed_total else 0


if __name__ == "__main__":
    sys.exit(main())
