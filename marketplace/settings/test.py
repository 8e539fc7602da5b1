"""Settings for pytest: the project as it runs, minus the slow parts that tests do not exercise.

The default database is DATABASE_URL when set (CI sets PostgreSQL), else SQLite. A second database of the other
engine lets a test prove behaviour on both engines in one run: CROSS_ENGINE_ALIASES names the alias to use for
each engine; the extra one's tables are created straight from the models (no migrations) and only for the tests
that ask for it.
"""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, env

SECRET_KEY = "test-only-secret-key-not-for-production-0123456789-abcdefghijklmnop"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SERVE_MEDIA_FILES = True
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None  # nothing is collected on this machine; whitenoise serves from the apps' folders

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"

_default_engine = DATABASES["default"]["ENGINE"]
if _default_engine == "django.db.backends.sqlite3":
    DATABASES["postgres"] = {
        **env.db("TEST_POSTGRES_URL", default="postgres://postgres@127.0.0.1:5432/hirfa"),
        "TEST": {"MIGRATE": False, "NAME": "test_hirfa_crossengine"},
    }
    CROSS_ENGINE_ALIASES = {"sqlite": "default", "postgres": "postgres"}
else:
    DATABASES["sqlite"] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(BASE_DIR / ".test-crossengine.sqlite3"),
        "TEST": {"MIGRATE": False},
    }
    CROSS_ENGINE_ALIASES = {"sqlite": "sqlite", "postgres": "default"}

# Each readiness probe runs the checks afresh, so one test's answer is never another's (test_health.py tests the
# 2-second memory production has).
HEALTH_CHECK_CACHE_SECONDS = 0

# Every limited view goes through the rate limits, but a test's own requests never reach them (each test starts with
# an empty cache); tests/marketplace/test_rate_limits.py sets small rates, counted in Redis as in production.
RATE_LIMITS = dict.fromkeys(RATE_LIMITS, "100000/d")  # noqa: F405
RATE_LIMITS_PER_ACCOUNT = dict.fromkeys(RATE_LIMITS_PER_ACCOUNT, "100000/d")  # noqa: F405
# django-ratelimit warns that a cache in one process's memory is not shared: true, and fine for tests.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003", "django_ratelimit.W001"]  # noqa: F405

# Tests must not depend on a lockout left over from another test.
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# `manage.py load_demo` may fill this database with the demo catalogue and demo accounts.
ALLOW_DEMO_DATA = True

# Search: tests that need the engine take the `search_engine` fixture (a fresh clone of the bundled engine, or a real
# Elasticsearch 8 when TEST_ELASTICSEARCH_URL is set). Everything else sees an engine that is away: nothing listens
# on this port, so "search unavailable" paths are what they exercise.
ELASTICSEARCH_URL = "http://127.0.0.1:9"
SEARCH_REQUEST_TIMEOUT = 5.0
SEARCH_MAX_RETRIES = 0
SEARCH_ANALYTICS_SYNC = True

# A signing key for certificates made for this test run.
from provenance.keys import new_private_key_pem  # noqa: E402

PROVENANCE_SIGNING_KEY = new_private_key_pem()
RATE_LIMITS_PER_ACCOUNT = dict.fromkeys(RATE_LIMITS_PER_ACCOUNT, "100000/d")  # noqa: F405
