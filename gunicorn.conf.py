"""gunicorn's settings for the web process (the Procfile's `web`), from the environment.

Workers: WEB_CONCURRENCY, else 2 per CPU core + 1 (sync workers: Django's request handling is synchronous, and a
worker blocked on the database or Stripe only holds its own request). Each worker keeps one persistent database
connection (CONN_MAX_AGE in production), so servers x workers must stay under PostgreSQL's connection limit.

Metrics: with PROMETHEUS_MULTIPROC_DIR set, each worker writes its request counts to files in that directory and
/metrics, answered by any worker, adds up all of them (marketplace/metrics.py). One directory per gunicorn server.
Unset, each worker keeps its own counts and a scrape sees only those of the worker that answers it.
"""

import glob
import multiprocessing
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104 (behind the balancer)
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request that takes longer than this is killed and its worker replaced (Stripe calls time out well before).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (a deploy) workers stop taking requests and get this long to finish the ones they have.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Replace each worker after a while, staggered, so a slow leak never grows for long (0: never).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Worker heartbeats in memory, not on a possibly slow disk (gunicorn's own files, created private to the server).
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# GUNICORN_ACCESS_LOG=off: no line per request (bench/pages.py measures with and without it).
accesslog = None if os.environ.get("GUNICORN_ACCESS_LOG", "on") == "off" else "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# gunicorn's control socket (for `gunicornc`) is at one fixed path per user by default, so a second server on the
# same machine takes it over from the first (or fails to). Each server gets its own, named after its port;
# GUNICORN_CONTROL_SOCKET names another path, or "off" turns the socket off.
CONTROL_SOCKET = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
if CONTROL_SOCKET == "off":
    control_socket_disable = True
else:
    _runtime_dir = os.environ.get("XDG_RUNTIME_DIR", "")
    _socket_dir = _runtime_dir if os.path.isdir(_runtime_dir) else os.path.join(os.path.expanduser("~"), ".gunicorn")
    control_socket = CONTROL_SOCKET or os.path.join(_socket_dir, f"gunicorn-{bind.rsplit(':', 1)[-1]}.ctl")

PROMETHEUS_MULTIPROC_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")


def on_starting(server):
    """Files left by the previous run would be counted again on top of this one's: start from none. Only the
    metrics files are removed, in case the directory is shared with anything else."""
    if PROMETHEUS_MULTIPROC_DIR:
        os.makedirs(PROMETHEUS_MULTIPROC_DIR, exist_ok=True)
        for stale in glob.glob(os.path.join(PROMETHEUS_MULTIPROC_DIR, "*.db")):
            os.remove(stale)


def child_exit(server, worker):
    """A worker that exits (max_requests, a timeout, a deploy) keeps its counts, which only grow; what a live process
    alone may report is dropped with it."""
    if PROMETHEUS_MULTIPROC_DIR:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
