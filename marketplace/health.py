"""Is this process alive, and can it serve? For load balancers and orchestrators (`/healthz`, `/readyz`).

`/healthz` only says the process answers: it touches nothing, so a slow database never gets a healthy web server
restarted. `/readyz` asks each dependency a question it must answer within `HEALTH_CHECK_TIMEOUT` seconds, all at
once in threads (so the slowest, not the sum, bounds the answer), and reports each one's state; any failure makes
it 503, naming what failed, so the balancer sends no traffic here until it is back.

Each check is read-only: a readiness probe runs every few seconds on every server, and a GET must write nothing.

`/readyz` is reachable by anyone who can reach a server, so it must cost little and say little: the checks' result
is kept for `HEALTH_CHECK_CACHE_SECONDS` (2) in the process, and one probe runs them while the others wait for its
answer, so a flood of requests costs each dependency one question per process every two seconds. Which dependency
failed, and how, is told only to the bearer of `HEALTH_CHECK_TOKEN`; anyone else gets the status code alone.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    milliseconds: int
    error: str = ""

    def as_dict(self) -> dict:
        answer = {"state": "ok" if self.ok else "failing", "milliseconds": self.milliseconds}
        if self.error:
            answer["error"] = self.error
        return answer


def check_database() -> None:
    # A thread of its own has a connection of its own: close it, or every probe would leave one open.
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()


def check_cache() -> None:
    """A read, not a write: a missing key answers None, and a cache that is away raises."""
    probe = f"readyz:{uuid.uuid4().hex}"
    if cache.get(probe, default=None) is not None:
        raise RuntimeError("the cache answered a value for a key nobody wrote")
    if settings.CACHES["default"]["BACKEND"].startswith("django_redis"):
        # django-redis swallows connection errors only when told to; ask the server itself to be sure.
        cache.client.get_client().ping()


def check_search() -> None:
    from search.engine import engine_urls, is_supported_engine, root_information

    timeout = health_check_timeout()
    for url in engine_urls():  # the cluster is ready when one of its nodes answers (the client retries the others)
        information = root_information(url, timeout=timeout)
        if information and is_supported_engine(information):
            return
    raise RuntimeError("no search engine answered")


def check_storage() -> None:
    """The stores of uploaded and generated files answer: the public media and the private files."""
    for name in ("default", "private"):
        storage = storages[name]
        if isinstance(storage, FileSystemStorage):
            # A local folder must be there and writable by this process, or uploads would fail. The private folder
            # is made when the first private file is written, so until then its parent must be writable.
            folder = storage.location
            if name == "private" and not os.path.exists(folder):
                folder = os.path.dirname(folder)
            if not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK):
                raise RuntimeError(f"the {name} file folder is missing or not writable")
        else:
            # Object storage: the bucket must exist and these credentials must reach it (a HEAD, nothing read).
            storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "cache": check_cache,
    "search": check_search,
    "storage": check_storage,
}


def health_check_timeout() -> float:
    return float(getattr(settings, "HEALTH_CHECK_TIMEOUT", DEFAULT_TIMEOUT_SECONDS))


def _timed(name: str, check: Callable[[], None]) -> CheckResult:
    started = time.monotonic()
    try:
        check()
    except Exception as error:  # any failure of a dependency is a "not ready", reported by name
        logger.warning("Readiness check %s failed: %s", name, error)
        return CheckResult(name, False, round((time.monotonic() - started) * 1000), type(error).__name__)
    return CheckResult(name, True, round((time.monotonic() - started) * 1000))


# One small pool per process, so probes never pile up threads; a check stuck past its deadline keeps its thread
# until it returns, and the pool's size bounds how many can be stuck.
_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="readyz")


def readiness() -> list[CheckResult]:
    """Every check at once, each given `HEALTH_CHECK_TIMEOUT` seconds; one that has not answered by then fails."""
    timeout = health_check_timeout()
    futures = {name: _pool.submit(_timed, name, check) for name, check in CHECKS.items()}
    deadline = time.monotonic() + timeout
    results = []
    for name, future in futures.items():
        try:
            results.append(future.result(timeout=max(0.0, deadline - time.monotonic())))
        except FutureTimeout:
            results.append(CheckResult(name, False, round(timeout * 1000), "timeout"))
    return results


_cached: tuple[float, list[CheckResult]] | None = None
_cached_lock = threading.Lock()


def readiness_cached() -> list[CheckResult]:
    """`readiness()`, answered from the last run while it is younger than `HEALTH_CHECK_CACHE_SECONDS`. Probes that
    arrive while the checks run wait for that run instead of starting their own."""
    global _cached
    keep = float(getattr(settings, "HEALTH_CHECK_CACHE_SECONDS", 2.0))
    with _cached_lock:
        if _cached is not None and time.monotonic() - _cached[0] < keep:
            return _cached[1]
        results = readiness()
        _cached = (time.monotonic(), results)
        return results


def forget_readiness() -> None:
    """The next probe runs the checks (tests; nothing else needs it)."""
    global _cached
    with _cached_lock:
        _cached = None


def is_health_inspector(request) -> bool:
    """The request carries `Authorization: Bearer <HEALTH_CHECK_TOKEN>` (compared in constant time)."""
    expected = getattr(settings, "HEALTH_CHECK_TOKEN", "")
    if not expected:
        return False
    scheme, _, offered = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    # Bytes, so that a header with characters outside ASCII is a wrong token rather than a TypeError.
    return hmac.compare_digest(offered.strip().encode(), expected.encode())
