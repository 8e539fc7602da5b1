"""`/metrics` under gunicorn with several worker processes: a scrape, answered by whichever process takes it, adds up
the requests every process counted (prometheus_client's multiprocess mode, set up by gunicorn.conf.py). The server is
started for real, as in test_processes.py."""

import glob
import os
import signal
import subprocess
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from prometheus_client.mmap_dict import MmapedDict, mmap_key
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families

from tests.marketplace.test_processes import PROJECT, VENV_BIN, free_port, local_environment, wait_for

TOKEN = "metrics-token-for-the-gunicorn-test-0123456789"
ROBOTS = {"method": "GET", "route": "robots-txt", "status": "200"}


def get(url: str, **headers) -> bytes:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (a local test server)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (a local test server)
        return response.read()


def counted_by_each_process(directory) -> dict[str, float]:
    """What each process's own file holds for robots.txt: the file names carry the process id."""
    counts = {}
    for path in glob.glob(os.path.join(directory, "counter_*.db")):
        for family in MultiProcessCollector.merge([path]):
            for sample in family.samples:
                if sample.name == "hirfa_http_requests_total" and sample.labels == ROBOTS:
                    counts[os.path.basename(path)] = sample.value
    return counts


def leave_stale_count(directory, pid: int, requests: float) -> None:
    """A file as a worker of an earlier run would have left it, counting robots.txt requests of that run."""
    os.makedirs(directory, exist_ok=True)
    stale = MmapedDict(os.path.join(directory, f"counter_{pid}.db"))
    key = mmap_key("hirfa_http_requests", "hirfa_http_requests_total", list(ROBOTS), list(ROBOTS.values()), "")
    stale.write_value(key, requests, 0.0)
    stale.close()


def test_a_scrape_adds_up_the_requests_counted_by_every_gunicorn_worker(tmp_path):
    # Given gunicorn with two workers sharing a metrics directory, in which an earlier run left its counts
    directory = tmp_path / "prometheus"
    leave_stale_count(directory, pid=999_999, requests=1000)
    port = free_port()
    env = {
        **local_environment(tmp_path),
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(directory),
        "METRICS_TOKEN": TOKEN,
    }
    server = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "marketplace.wsgi"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(f"{base}/healthz") == 200
        # When visitors ask for pages, several at once, until both workers have answered some
        sent = 0
        with ThreadPoolExecutor(max_workers=8) as visitors:
            for _round in range(25):
                list(visitors.map(lambda _: get(f"{base}/robots.txt"), range(8)))
                sent += 8
                if len(counted_by_each_process(directory)) == 2:
                    break
        each = counted_by_each_process(directory)
        # and Prometheus scrapes once
        exposition = get(f"{base}/metrics", Authorization=f"Bearer {TOKEN}").decode()
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output
    # Then both processes counted requests, the earlier run's file was cleared at start, and the scrape adds them up
    assert len(each) == 2, each
    assert all(count > 0 for count in each.values()), each
    assert sum(each.values()) == sent
    families = list(text_string_to_metric_families(exposition))
    scraped = [
        sample.value
        for family in families
        for sample in family.samples
        if sample.name == "hirfa_http_requests_total" and sample.labels == ROBOTS
    ]
    assert scraped == [sent]
    # (This server's database file is empty: the outbox cannot be read, which the scrape reports instead of failing.)
    up = {
        sample.labels["dependency"]: sample.value
        for family in families
        if family.name == "hirfa_up"
        for sample in family.samples
    }
    assert up["requests"] == 1
    assert up["search_outbox"] == 0
