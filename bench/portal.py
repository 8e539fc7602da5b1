"""The artisan portal (the workshop) under concurrent load, against a running server with the demo data
(`make demo`, or `manage.py load_demo`).

    .venv/bin/python bench/portal.py --base-url http://127.0.0.1:8000 [--concurrency 8] [--seconds 30] [--reviewer]

Each of `--concurrency` client threads signs in once, before the clock starts, as the demo artisan account
(`DEMO_ARTISAN_USER` in catalogue/management/commands/load_demo.py) through Oscar's login page, and keeps its own
session cookies (django-axes is on: one sign-in per thread, never one per request). The artisan's registry number
comes from where /ar/workshop/ redirects, the piece ids from the pieces list and the stock page. Then for
`--seconds` seconds each thread requests a mix of workshop pages in both languages: the dashboard, the pieces list,
the stock page, a piece's edit page and its photos page; every fifth request is a write instead, a POST to the
stock page setting a piece's stock to a random 1..9 (to see whether writes under concurrent load fail on SQLite).
With `--reviewer` one more thread signs in as the demo staff account (`DEMO_STAFF`) and requests the authority's
listings-to-review queue and audit trail.

Each request is timed from the client side; redirects are not followed. A GET succeeds with 200; a stock POST
succeeds with the redirect back to the piece on the stock page (a redirect without the piece's anchor means the
form was refused). Prints throughput, mean/p50/p95 latency per kind of request and every failed request (an
unexpected status, status >= 400 or an exception) with its URL. Exits with 1 if any request failed.

Bytes per listing (issue 24), with no server:

    .venv/bin/python bench/portal.py --listing-bytes [photo.jpg ...]

prints the bytes a new piece with its photos sends, before (the photos as the camera made them, in the form's one
POST) and after (each photo made small as workshop-photos.js does, at most 2048 px and JPEG 85%, sent on its own,
then the form with the photos' tokens), and the seconds each takes on a 750 kbps upload. Without photos it makes
four 12-megapixel ones like tests/browser/test_slow_phone.py. The browser test measures the real thing over
emulated 3G.
"""

import argparse
import http.cookiejar
import random
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

# The demo accounts, as load_demo creates them (catalogue/management/commands/load_demo.py).
DEMO_ARTISAN_USER = ("artisan@hirfa.example", "hirfa-demo-artisan")
DEMO_STAFF = ("authority@hirfa.example", "hirfa-demo-authority")
LANGUAGES = ("ar", "en")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken"\s+value="([^"]+)"|value="([^"]+)"\s+name="csrfmiddlewaretoken"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as HTTPError with their status and Location, so that each request is timed alone."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@dataclass
class Outcome:
    kind: str
    url: str
    status: int  # 0 for an exception
    seconds: float
    ok: bool
    detail: str = ""


@dataclass
class Client:
    """One signed-in session: its own cookie jar and opener, for one thread."""

    base: str
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str, float]:
        """(status, body, Location, seconds); status 0 and the exception in body when the request did not finish."""
        url = self.base + path
        language = "ar" if path.startswith("/ar/") else "en"
        headers = {"Accept-Language": language}
        payload = None
        if data is not None:
            payload = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=payload, headers=headers)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=30) as response:
                body = response.read().decode("utf-8", "replace")
                status, location = response.status, ""
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", "replace")
            status, location = error.code, error.headers.get("Location", "")
            error.close()
        except Exception as error:  # noqa: BLE001 (connection errors, timeouts, broken responses: all failures)
            body, status, location = f"{type(error).__name__}: {error}", 0, ""
        return status, body, location, time.perf_counter() - started

    def csrf_token(self, html: str) -> str:
        match = CSRF_INPUT.search(html)
        if match is None:
            raise RuntimeError("no csrfmiddlewaretoken in the page")
        return match.group(1) or match.group(2)

    def sign_in(self, email: str, password: str) -> None:
        login = "/en/shop/accounts/login/"
        status, html, _, _ = self.request(login)
        if status != 200:
            raise RuntimeError(f"GET {login}: status {status}")
        status, html, location, _ = self.request(
            login,
            {
                "csrfmiddlewaretoken": self.csrf_token(html),
                "login-username": email,
                "login-password": password,
                "login_submit": "Sign In",
            },
        )
        if status not in (301, 302, 303):
            raise RuntimeError(f"signing in as {email} failed (status {status}); is the demo loaded?")


def discover(client: Client) -> tuple[str, list[int], list[int], str]:
    """(registry number, piece ids from the pieces list, piece ids on the stock page, a CSRF token)."""
    status, _, location, _ = client.request("/ar/workshop/")
    match = re.search(r"/ar/workshop/([^/]+)/$", location)
    if status not in (301, 302) or match is None:
        raise RuntimeError(f"/ar/workshop/ did not redirect to the artisan's dashboard (status {status}, {location!r})")
    registry = match.group(1)
    status, html, _, _ = client.request(f"/ar/workshop/{registry}/pieces/")
    if status != 200:
        raise RuntimeError(f"/ar/workshop/{registry}/pieces/: status {status}")
    pieces = sorted({int(pk) for pk in re.findall(rf"/ar/workshop/{re.escape(registry)}/pieces/(\d+)/", html)})
    status, html, _, _ = client.request(f"/ar/workshop/{registry}/stock/")
    if status != 200:
        raise RuntimeError(f"/ar/workshop/{registry}/stock/: status {status}")
    stocked = sorted({int(pk) for pk in re.findall(r'name="product" value="(\d+)"', html)})
    if not pieces or not stocked:
        raise RuntimeError(f"the artisan {registry} has no pieces ({len(pieces)} listed, {len(stocked)} stocked)")
    return registry, pieces[:8], stocked[:8], client.csrf_token(html)


UPLOAD_BITS_PER_SECOND = 750_000
CLIENT_MAX_SIDE = 2048
LISTING_TEXT_FIELDS = {
    "title_ar": "مبخرة فخارية من ظفار",
    "description_ar": "مبخرة من طين ظفار، مشكلة باليد ومزينة بنقوش تقليدية.",
    "craft": "1",
    "price": "14.500",
    "stock": "2",
    "weight_g": "800",
    "csrfmiddlewaretoken": "x" * 64,
}


def _multipart_size(fields: dict, files: list[tuple[str, str, bytes]]) -> int:
    """The size of a multipart/form-data body as a browser sends it (one boundary line and headers per part)."""
    boundary = b"----WebKitFormBoundary" + b"x" * 16
    size = 0
    for name, value in fields.items():
        size += len(b"--" + boundary + b'\r\nContent-Disposition: form-data; name=""\r\n\r\n\r\n')
        size += len(name.encode()) + len(value.encode())
    for name, filename, data in files:
        header = f'--{boundary.decode()}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        size += len(header.encode()) + len(b"Content-Type: image/jpeg\r\n\r\n\r\n") + len(data)
    return size + len(b"--" + boundary + b"--\r\n")


def _camera_photos() -> list[tuple[str, bytes]]:
    from io import BytesIO

    from PIL import Image

    photos = []
    for seed in range(1, 5):
        size = (4000, 3000)
        channels = [
            Image.effect_noise((size[0] // 30, size[1] // 30), 80 + seed).resize(size, Image.Resampling.BICUBIC)
            for _ in range(3)
        ]
        grain = Image.effect_noise(size, 12).convert("L")
        photo = Image.merge("RGB", [Image.blend(channel, grain, 0.15) for channel in channels])
        out = BytesIO()
        photo.save(out, "JPEG", quality=92)
        photos.append((f"IMG_00{seed}.jpg", out.getvalue()))
    return photos


def _as_the_phone_sends_it(data: bytes) -> bytes:
    from io import BytesIO

    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(Image.open(BytesIO(data))).convert("RGB")
    image.thumbnail((CLIENT_MAX_SIDE, CLIENT_MAX_SIDE), Image.Resampling.BILINEAR)
    out = BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def listing_bytes(paths: list[str]) -> None:
    from pathlib import Path

    photos = [(Path(path).name, Path(path).read_bytes()) for path in paths] or _camera_photos()
    before = _multipart_size(LISTING_TEXT_FIELDS, [("photos", name, data) for name, data in photos])
    small = [(name, _as_the_phone_sends_it(data)) for name, data in photos]
    uploads = [_multipart_size({}, [("photo", name, data)]) for name, data in small]
    tokens = {f"photo_tokens_{index}": "t" * 43 for index in range(len(small))}
    after = sum(uploads) + _multipart_size({**LISTING_TEXT_FIELDS, **tokens}, [])
    for label, sent in (("before", before), ("after", after)):
        seconds = sent * 8 / UPLOAD_BITS_PER_SECOND
        print(f"{label:<7} {len(photos)} photos: {sent:>10,} bytes sent, {seconds:6.1f} s at 750 kbps up")
    print(f"after/before: {after / before:.1%}")


def main() -> None:
    if "--listing-bytes" in sys.argv:
        listing_bytes([arg for arg in sys.argv[1:] if arg != "--listing-bytes"])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--reviewer", action="store_true", help="one more thread, signed in as the staff account")
    args = parser.parse_args()
    base = args.base_url.rstrip("/")

    # Sign every client in before the clock starts: one session per thread, one sign-in per session.
    clients = [Client(base) for _ in range(args.concurrency)]
    for client in clients:
        client.sign_in(*DEMO_ARTISAN_USER)
    registry, pieces, stocked, first_token = discover(clients[0])
    # Each session's own CSRF token, from the form on its stock page (signing in rotated the login page's one).
    tokens = [first_token] + [
        client.csrf_token(client.request(f"/ar/workshop/{registry}/stock/")[1]) for client in clients[1:]
    ]
    reviewer = None
    if args.reviewer:
        reviewer = Client(base)
        reviewer.sign_in(*DEMO_STAFF)
    print(
        f"artisan {registry}: {len(pieces)} pieces ({', '.join(map(str, pieces))}), {len(stocked)} on the stock page;"
        f" {args.concurrency} artisan clients{' + 1 reviewer' if reviewer else ''} for {args.seconds:.0f} s"
    )

    def workshop(language: str, rest: str = "") -> str:
        return f"/{language}/workshop/{registry}/{rest}"

    get_kinds = {
        "dashboard": lambda rng, lang: workshop(lang),
        "pieces": lambda rng, lang: workshop(lang, "pieces/"),
        "stock": lambda rng, lang: workshop(lang, "stock/"),
        "edit": lambda rng, lang: workshop(lang, f"pieces/{rng.choice(pieces)}/"),
        "photos": lambda rng, lang: workshop(lang, f"pieces/{rng.choice(pieces)}/photos/"),
    }
    review_paths = {"review-queue": "authority/listings-to-review/", "audit-trail": "authority/audit-trail/"}
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + args.seconds

    def record(outcome: Outcome) -> None:
        with lock:
            outcomes.append(outcome)

    def artisan_client(index: int) -> None:
        client, token, rng = clients[index], tokens[index], random.Random(index)
        count = 0
        while time.perf_counter() < deadline:
            count += 1
            language = rng.choice(LANGUAGES)
            if count % 5 == 0:
                product = rng.choice(stocked)
                path = workshop(language, "stock/")
                form = {"csrfmiddlewaretoken": token, "product": product, "stock": rng.randint(1, 9)}
                status, body, location, seconds = client.request(path, form)
                ok = status == 302 and location.endswith(f"#piece-{product}")
                detail = location if status in (301, 302, 303) else body[:200] if status == 0 else ""
                record(Outcome("stock-post", path, status, seconds, ok, detail))
                continue
            kind = rng.choice(list(get_kinds))
            path = get_kinds[kind](rng, language)
            status, body, location, seconds = client.request(path)
            detail = location or (body[:200] if status == 0 else "")
            record(Outcome(kind, path, status, seconds, status == 200, detail))

    def reviewer_client() -> None:
        rng = random.Random(-1)
        while time.perf_counter() < deadline:
            kind = rng.choice(list(review_paths))
            path = f"/{rng.choice(LANGUAGES)}/{review_paths[kind]}"
            status, body, location, seconds = reviewer.request(path)
            detail = location or (body[:200] if status == 0 else "")
            record(Outcome(kind, path, status, seconds, status == 200, detail))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency + (1 if reviewer else 0)) as pool:
        futures = [pool.submit(artisan_client, index) for index in range(args.concurrency)]
        if reviewer:
            futures.append(pool.submit(reviewer_client))
        for future in futures:
            future.result()
    elapsed = time.perf_counter() - started

    failed = [outcome for outcome in outcomes if not outcome.ok]
    print(
        f"requests: {len(outcomes)} in {elapsed:.1f} s = {len(outcomes) / elapsed:.1f} requests/s;"
        f" failed: {len(failed)}"
    )
    kinds = [*get_kinds, "stock-post", *(review_paths if reviewer else ())]
    for kind in kinds:
        of_kind = [outcome for outcome in outcomes if outcome.kind == kind]
        if not of_kind:
            continue
        latencies = sorted(outcome.seconds * 1000 for outcome in of_kind)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        statuses = Counter(outcome.status for outcome in of_kind)
        print(
            f"  {kind:<12} n={len(of_kind):<6} mean {statistics.fmean(latencies):7.1f} ms"
            f"  p50 {statistics.median(latencies):7.1f} ms  p95 {p95:7.1f} ms  max {latencies[-1]:7.1f} ms"
            f"  statuses {dict(statuses)}"
        )
    if failed:
        print("failed requests:")
        for outcome in failed:
            method = "POST" if outcome.kind == "stock-post" else "GET"
            detail = f"  {outcome.detail}" if outcome.detail else ""
            print(f"  {method} {base}{outcome.url}  status {outcome.status or 'exception'}{detail}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
