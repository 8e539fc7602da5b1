"""gunicorn's settings for the web process (the Procfile's `web`), from the environment.

Workers: WEB_CONCURRENCY, else 2 per CPU core + 1 (sync workers: Django's request handling is synchronous, and a
worker blocked on the database or Stripe only holds its own request). Each worker keeps one persistent database
connection (CONN_MAX_AGE in production), so servers x workers must stay under PostgreSQL's connection limit.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104 (behind the balancer)
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request that takes longer than this is killed and its worker replaced (Stripe calls time out well before).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (a deploy) workers stop taking requests and get this long to finish the ones they have.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5  # the load balancer keeps connections open between requests
# Replace each worker after a while, staggered, so a slow leak never grows for long.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Worker heartbeats in memory, not on a possibly slow disk (gunicorn's own files, created private to the server).
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
