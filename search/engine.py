"""Where the search engine is, and how the project talks to it.

`ELASTICSEARCH_URL` (one URL, or several separated by commas) names an Elasticsearch 8 cluster. When it is unset,
the project uses the in-memory engine bundled in the `osmem-server` package: the first process that needs it starts
it at `SEARCH_LOCAL_ENGINE_ADDRESS` (a fixed local address), detached, and every later process (the web server,
the worker, management commands) finds it there. It keeps its index in memory: `make demo` rebuilds the index each
time it starts, and `manage.py search_engine --stop` stops it.

The bundled engine is OpenSearch-compatible and refuses the Elasticsearch client's vendor media types
(`application/vnd.elasticsearch+json; compatible-with=8` and its ndjson twin for bulk requests, 406). The
engine is recognised from its root endpoint, and for it the client uses `PlainJsonNode`, a node class that speaks
plain JSON. The library itself is not patched; a real Elasticsearch gets the client's default node.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from elastic_transport import HttpHeaders, Urllib3HttpNode
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch_dsl import MultiSearch, Search

from search.documents import alias_name

logger = logging.getLogger(__name__)

VENDOR_MEDIA_TYPE = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(?:\s*;\s*compatible-with=\d+)?")
_clients: dict[str, Elasticsearch] = {}
_lock = threading.Lock()


class SearchUnavailable(Exception):
    """The search engine did not answer (down, unreachable or too slow)."""


class PlainJsonNode(Urllib3HttpNode):
    """A transport node for OpenSearch-compatible engines: plain JSON media types both ways.

    Requests carry `application/json` instead of the Elasticsearch vendor type, and responses are marked as coming
    from a compatible product so that the client accepts them.
    """

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        plain = HttpHeaders()
        for name, value in (headers or {}).items():
            if name.lower() in ("accept", "content-type"):
                value = VENDOR_MEDIA_TYPE.sub(r"application/\1", value)  # vnd...+x-ndjson -> x-ndjson
            plain[name] = value
        response = super().perform_request(method, target, body=body, headers=plain, **kwargs)
        response_headers = HttpHeaders(response.meta.headers)
        response_headers["x-elastic-product"] = "Elasticsearch"
        return response._replace(meta=replace(response.meta, headers=response_headers))


def engine_urls() -> list[str]:
    configured = [url.strip().rstrip("/") for url in settings.ELASTICSEARCH_URL.split(",") if url.strip()]
    return configured or [local_engine_url()]


def root_information(url: str, timeout: float = 3.0) -> dict | None:
    """What the engine at `url` says about itself, or None when it does not answer. A URL with credentials
    (`https://user:password@es1:9200`, as a secured cluster needs) sends them as basic authentication."""
    parts = urllib.parse.urlsplit(url)
    headers = {}
    if parts.username is not None:
        credentials = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(credentials.encode()).decode()
        url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    request = urllib.request.Request(f"{url}/", headers=headers)  # noqa: S310 (the configured URL)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (the configured URL)
            return json.loads(response.read().decode())
    except (urllib.error.URLError, TimeoutError, ConnectionError, ValueError):
        return None


def is_supported_engine(information: dict) -> bool:
    """Elasticsearch 8 (production's cluster), or the bundled OpenSearch-compatible engine."""
    version = information.get("version") or {}
    if is_compatible_engine(information):
        return True
    return not version.get("distribution") and str(version.get("number", "")).startswith("8.")


def is_compatible_engine(information: dict) -> bool:
    """True for OpenSearch-compatible engines (the bundled one), which need plain JSON media types."""
    return (information.get("version") or {}).get("distribution") == "opensearch"


def _configuration_key() -> str:
    return settings.ELASTICSEARCH_URL or f"bundled:{settings.SEARCH_LOCAL_ENGINE_ADDRESS}"


def get_client() -> Elasticsearch:
    """The client for the configured engine, made once per process and configuration. Only making it asks the engine
    what it is (and starts the bundled one if need be); later calls return it without touching the network, and a
    request that then finds the engine away fails as SearchUnavailable where it is made."""
    key = _configuration_key()
    client = _clients.get(key)
    if client is not None:
        return client
    with _lock:
        client = _clients.get(key)
        if client is None:
            urls = engine_urls()
            information = None
            for url in urls:
                information = root_information(url)
                if information:
                    break
            if information is None:
                raise SearchUnavailable(f"No search engine answers at {','.join(urls)}")
            options = {
                "request_timeout": settings.SEARCH_REQUEST_TIMEOUT,
                "max_retries": settings.SEARCH_MAX_RETRIES,
                "retry_on_timeout": True,
            }
            if is_compatible_engine(information):
                options["node_class"] = PlainJsonNode
            client = Elasticsearch(urls, **options)
            _clients[key] = client
        return client


def forget_clients() -> None:
    """Drop the cached clients (tests point the project at a fresh engine)."""
    with _lock:
        _clients.clear()


# --- The bundled engine ----------------------------------------------------------------------------------------


def _state_file() -> Path:
    return Path(settings.SEARCH_LOCAL_ENGINE_STATE)


def local_engine_url() -> str:
    """The bundled engine's address, starting it (detached, so it outlives this process) if nothing answers."""
    address = settings.SEARCH_LOCAL_ENGINE_ADDRESS
    url = f"http://{address}"
    if root_information(url, timeout=1.0):
        return url
    return start_local_engine(address)


def start_local_engine(address: str) -> str:
    from osmem_server import resolve_binary

    url = f"http://{address}"
    state = _state_file()
    state.parent.mkdir(parents=True, exist_ok=True)
    log = (state.parent / "search-engine.log").open("ab")
    process = subprocess.Popen(  # noqa: S603 (the binary bundled with the pinned osmem-server package)
        [resolve_binary(), "--addr", address, "--no-stdin-watch"],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if root_information(url, timeout=0.5):
            state.write_text(json.dumps({"url": url, "pid": process.pid}))
            logger.info("Started the bundled search engine at %s (pid %s)", url, process.pid)
            return url
        if process.poll() is not None:
            break
        time.sleep(0.1)
    raise SearchUnavailable(f"The bundled search engine did not start at {address}; see {log.name}")


def stop_local_engine() -> bool:
    state = _state_file()
    if not state.exists():
        return False
    pid = json.loads(state.read_text()).get("pid")
    state.unlink()
    try:
        os.kill(int(pid), signal.SIGTERM)
    except (ProcessLookupError, TypeError, ValueError):
        return False
    return True


# --- Running searches ---------------------------------------------------------------------------------------------

EMPTY_RESPONSE = {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": {}, "took": 0}


def run_searches(searches: list[Search], *, client=None) -> list[dict]:
    """Several searches in one request to the engine (`_msearch`), their answers as the engine gave them."""
    multi = MultiSearch(using=client or get_client(), index=alias_name("products"))
    for search in searches:
        multi = multi.add(search)
    try:
        return [response.to_dict() for response in multi.execute()]
    except NotFoundError:
        return [EMPTY_RESPONSE for _ in searches]  # nothing indexed yet: no results, not an error
    except ApiError as error:
        if isinstance(error.body, dict) and error.body.get("status") == 404:
            return [EMPTY_RESPONSE for _ in searches]
        raise SearchUnavailable(str(error)) from error
    except (TransportError, SearchUnavailable, ConnectionError) as error:
        raise SearchUnavailable(str(error)) from error
