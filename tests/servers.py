"""Real servers for the tests, started as subprocesses: free ports, waiting for an address to answer, and an
S3-compatible object store (moto's server mode) with the fixtures that point the site's storages at it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest

VENV_BIN = Path(sys.executable).parent
S3_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "hirfa-test", "AWS_SECRET_ACCESS_KEY": "hirfa-test-secret"}
S3_REGION = "us-east-1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float = 30.0) -> int:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (a local test server)
                return response.status
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


class S3Server:
    """moto's S3-compatible server on a port of its own. It keeps everything in memory: stopped and started again, it
    is empty."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> S3Server:
        self.process = subprocess.Popen(  # noqa: S603
            [str(VENV_BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(f"{self.url}/moto-api/data.json")
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name=S3_REGION,
            aws_access_key_id=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )

    def new_bucket(self) -> str:
        name = f"hirfa-test-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def storages(self, bucket: str, *, static_files: dict | None = None, private_url_ttl: int = 300) -> dict:
        """The STORAGES production configures (marketplace/object_storage.py), pointed at this server."""
        from marketplace.object_storage import s3_storages

        return s3_storages(
            bucket=bucket,
            endpoint_url=self.url,
            region=S3_REGION,
            addressing_style="path",
            url_protocol="http:",
            private_url_ttl=private_url_ttl,
            connect_timeout=0.5,
            read_timeout=2.0,
            max_attempts=1,
            static_files=static_files,
        )


@pytest.fixture(scope="session")
def s3_server():
    server = S3Server().start()
    yield server
    server.stop()


@pytest.fixture
def object_storage(s3_server, settings, monkeypatch):
    """This test's files in a bucket of its own on the S3-compatible server, configured as production configures
    them. Returns the server and the bucket's name."""
    for name, value in S3_CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    bucket = s3_server.new_bucket()
    settings.STORAGES = s3_server.storages(bucket, static_files=settings.STORAGES["staticfiles"])
    return s3_server, bucket


class ForwardingProxy:
    """A small HTTP proxy on a port of its own: forwards each request to `target` and keeps a list of what it
    forwarded. As the load balancer (`balancer=True`) it does what ours must: appends the address the request came
    from to X-Forwarded-For (after whatever the client sent) and sets X-Forwarded-Proto to https. Otherwise it is
    only a tap, e.g. in front of the search engine to count the requests the site sends it."""

    HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}

    def __init__(self, target: str, *, balancer: bool = False) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import urlsplit

        self.target = urlsplit(target)
        self.forwarded: list[tuple[str, str]] = []
        self.bodies: list[bytes] = []  # each forwarded request's body, in the same order
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self):
                import http.client

                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in proxy.HOP_BY_HOP}
                if balancer:
                    sent = self.headers.get("X-Forwarded-For")
                    peer = self.client_address[0]
                    headers["X-Forwarded-For"] = f"{sent}, {peer}" if sent else peer
                    headers["X-Forwarded-Proto"] = "https"
                proxy.forwarded.append((self.command, self.path))
                proxy.bodies.append(body)
                upstream = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port, timeout=60)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                    self.send_response(answer.status)
                    for key, value in answer.getheaders():
                        if key.lower() not in proxy.HOP_BY_HOP and key.lower() != "content-length":
                            self.send_header(key, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                finally:
                    upstream.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def get_from(address: str, url: str, headers: dict | None = None):
    """GET `url` from the loopback address `address` (127.0.0.2, 127.0.0.3, ...: each a different client as far as a
    server on this machine can tell). Returns (status, headers, body)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60, source_address=(address, 0))
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()
