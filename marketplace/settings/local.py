"""Settings for one machine: `make demo` and development. SQLite and the embedded search engine by default."""

import hashlib
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES, env

# A fixed key is fine on a developer's machine; production.py refuses to start without a real one.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# runserver does not serve media files unless DEBUG is on; the demo serves them itself (marketplace/urls.py).
SERVE_MEDIA_FILES = True
# Static files: `make demo` collects them (DJANGO_STATIC_COLLECTED=1) and serves them as production does, with
# whitenoise: hashed names cached for a year, gzip and brotli copies (what a phone downloads is what Lighthouse
# measures, issue 19). Otherwise (development, the benches) they come straight from the apps' folders, so an edited
# stylesheet shows on the next reload and nothing needs collecting first.
if env.bool("DJANGO_STATIC_COLLECTED", default=False):
    from marketplace.object_storage import STATIC_FILES

    STORAGES = {**STORAGES, "staticfiles": STATIC_FILES}  # noqa: F405
else:
    WHITENOISE_USE_FINDERS = True
    STATIC_ROOT = None  # nothing is collected; whitenoise serves from the apps' folders
    WHITENOISE_AUTOREFRESH = DEBUG  # noqa: F405

# Each process keeps its database connection, as in production (a new one costs about 5 ms a request, a third of a
# cached home page); checked before reuse after an error. A copy, so that base's dict (which test.py shares) keeps 0.
DATABASES = {
    **DATABASES,
    "default": {
        **DATABASES["default"],
        "CONN_MAX_AGE": env.int("DATABASE_CONN_MAX_AGE", default=60),
        "CONN_HEALTH_CHECKS": True,
    },
}

# One process's memory, as in base.py; DJANGO_CACHE_URL names another (bench/pages.py serves its "cold" pages with
# "dummycache://", a cache that never keeps anything).
CACHES = {"default": env.cache("DJANGO_CACHE_URL", default="locmemcache://hirfa")}
# Whole pages (marketplace/page_cache.py) in files, not one process's memory: every worker of the machine must see
# the same pages and the same purge, or a worker that missed a price change would keep serving the old price. The
# key prefix names the database, so two sites on one machine (the bench beside the demo) never share a page.
# No cache at all when the default is none (the bench's "cold" pages).
PAGE_CACHE_ALIAS = "pages"
if CACHES["default"]["BACKEND"].endswith("DummyCache"):
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env("DJANGO_PAGE_CACHE_DIR", default=str(Path(tempfile.gettempdir()) / "hirfa-page-cache")),
        "KEY_PREFIX": hashlib.sha256(str(DATABASES["default"]["NAME"]).encode()).hexdigest()[:16],
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }

# `manage.py load_demo` may fill this database with the demo catalogue and demo accounts.
ALLOW_DEMO_DATA = True

# Card payments: with no Stripe keys in the environment, the local stand-in for Stripe (`manage.py local_stripe`,
# which `make demo` starts beside the site) with test keys; set real Stripe test or live keys to use Stripe itself.
if not env("STRIPE_SECRET_KEY", default=""):
    STRIPE_API_BASE = "http://" + env("LOCAL_STRIPE_ADDRESS", default="127.0.0.1:8420")
    STRIPE_JS_URL = f"{STRIPE_API_BASE}/js.stripe.com/v3/"
    STRIPE_SECRET_KEY = "sk_test_hirfa_local"  # noqa: S105 (the stand-in accepts any test key)
    STRIPE_PUBLISHABLE_KEY = "pk_test_hirfa_local"
    STRIPE_WEBHOOK_SECRET = "whsec_hirfa_local"  # noqa: S105
# One machine, one process's memory for the cache: the request limits are counted per process (production counts
# them in Redis, shared by every server), which django-ratelimit rightly warns about.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003", "django_ratelimit.W001"]  # noqa: F405

# The demo's signing key for certificates: made once and kept beside the database (production requires its own).
if not PROVENANCE_SIGNING_KEY:  # noqa: F405
    from provenance.keys import local_signing_key

    PROVENANCE_SIGNING_KEY = local_signing_key(BASE_DIR / ".provenance-key.pem")  # noqa: F405
