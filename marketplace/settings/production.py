"""Production settings: everything from the environment, and nothing insecure by default.

Refuses to start when a secret or a required service address is missing, instead of running half configured.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

REQUIRED_ENVIRONMENT = [
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "STRIPE_SECRET_KEY",
    "STRIPE_PUBLISHABLE_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "PROVENANCE_SIGNING_KEY",
]
_missing = [name for name in REQUIRED_ENVIRONMENT if not env.str(name, default="").strip()]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables, which are missing or empty: " + ", ".join(_missing)
    )

SECRET_KEY = env("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is too short or too simple: use at least 50 random characters.")

if env.bool("DJANGO_DEBUG", default=False):
    raise ImproperlyConfigured(
        "DJANGO_DEBUG is on: production never runs in debug mode, whose error pages show the settings and the code "
        "to anyone. Unset DJANGO_DEBUG (debug pages are for marketplace.settings.local on a developer's machine)."
    )
DEBUG = False

# Persistent database connections: each web worker (a gunicorn process handles one request at a time) keeps its
# connection for a minute instead of opening one per request, and checks it before reuse so a database failover
# costs one error, not one per worker. Total connections = servers x workers, well within PostgreSQL's limit for
# the layout in docs/DEPLOYMENT.md; put PgBouncer in front when that no longer holds.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# The cache and the sessions are shared by every web server through Redis (nothing kept in one process's memory).
# Sessions are also written to the database (cached_db): a Redis restart signs no one out and empties no basket,
# and reads still come from Redis. The cache itself holds only what can be recomputed.
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("REDIS_URL"),
        "KEY_PREFIX": "hirfa",
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_CONNECT_TIMEOUT", default=1.0),
            "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=1.0),
        },
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# One JSON object per log line, with the request id, for the log collector (DJANGO_LOG_FORMAT=text to read by eye).
LOGGING["handlers"]["console"]["formatter"] = env("DJANGO_LOG_FORMAT", default="json")  # noqa: F405
SERVE_MEDIA_FILES = False

# --- Files -------------------------------------------------------------------------------------------------------
# Static files are collected at build time and served by every web server (whitenoise: compressed, hashed names,
# cached for a year). Uploaded and generated files live in S3-compatible object storage, shared by every server:
# - "default", public media (product photos, artisans' photos, Wagtail images and their renditions): read by anyone,
#   through the CDN (AWS_S3_CUSTOM_DOMAIN) when there is one; names never repeat, so they may be cached for long;
# - "private" (invoices, statements, bank-transfer files): never public; each is handed out as a signed URL that
#   expires after PRIVATE_FILE_URL_TTL seconds, to someone a view has checked (marketplace/private_files.py).
# DJANGO_FILE_STORAGE=filesystem keeps them on this machine's disk instead: for a one-server installation only.
FILE_STORAGE = env("DJANGO_FILE_STORAGE", default="s3")
if FILE_STORAGE == "s3":
    if not env.str("AWS_STORAGE_BUCKET_NAME", default="").strip():
        raise ImproperlyConfigured(
            "Object storage needs AWS_STORAGE_BUCKET_NAME (or DJANGO_FILE_STORAGE=filesystem on a single server)."
        )
    # Private files need a bucket of their own, or a bucket policy that denies public reads of private/ (which
    # nothing here can verify, so the operator says so): otherwise an ACL mistake in the media bucket publishes
    # invoices and bank-transfer files.
    _private_bucket = env.str("AWS_PRIVATE_BUCKET_NAME", default="").strip()
    if _private_bucket in ("", env("AWS_STORAGE_BUCKET_NAME")) and not env.bool(
        "AWS_PRIVATE_PREFIX_DENIED_BY_POLICY", default=False
    ):
        raise ImproperlyConfigured(
            "Private files (invoices, statements, bank-transfer files) need AWS_PRIVATE_BUCKET_NAME, a bucket other "
            "than AWS_STORAGE_BUCKET_NAME; or, if the media bucket's policy denies public reads of private/, set "
            "AWS_PRIVATE_PREFIX_DENIED_BY_POLICY=1 (docs/DEPLOYMENT.md)."
        )
    from marketplace.object_storage import public_media_origins, s3_storages

    _media_location = {
        "bucket": env("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region": env("AWS_S3_REGION_NAME", default=None),
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default=None),
        "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
        "url_protocol": env("AWS_S3_URL_PROTOCOL", default="https:"),
    }
    # Pages show product photos, artisans' photos and Wagtail images from the media's host (the CDN, or the store):
    # the Content-Security-Policy must let browsers load images from there.
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [  # noqa: F405
        *CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],  # noqa: F405
        *public_media_origins(**_media_location),
    ]
    STORAGES = s3_storages(
        **_media_location,
        private_bucket=_private_bucket or None,
        media_acl=env("AWS_MEDIA_ACL", default="public-read"),
        private_url_ttl=PRIVATE_FILE_URL_TTL,  # noqa: F405
        connect_timeout=env.float("AWS_S3_CONNECT_TIMEOUT", default=2.0),
        read_timeout=env.float("AWS_S3_READ_TIMEOUT", default=10.0),
        max_attempts=env.int("AWS_S3_MAX_ATTEMPTS", default=3),
    )
elif FILE_STORAGE == "filesystem":
    from marketplace.object_storage import STATIC_FILES

    STORAGES = {**STORAGES, "staticfiles": STATIC_FILES}  # noqa: F405
else:
    raise ImproperlyConfigured(f"DJANGO_FILE_STORAGE must be s3 or filesystem, not {FILE_STORAGE!r}.")

SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
OSCAR_BASKET_COOKIE_SECURE = True
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# No request waits on the mail server: every e-mail becomes a background task, and the worker delivers it with
# EMAIL_DELIVERY_BACKEND, the backend EMAIL_URL names (SMTP at localhost unless told), retrying while it is away.
# (EMAIL_URL's own backend must not replace the queue: a mail server that is down would fail a buyer's request.)
EMAIL_URL = env.email_url("EMAIL_URL", default="smtp://localhost:25")
EMAIL_DELIVERY_BACKEND = env("DJANGO_EMAIL_DELIVERY_BACKEND", default=EMAIL_URL.pop("EMAIL_BACKEND"))
vars().update(EMAIL_URL)
EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="marketplace.mail_queue.QueuedEmailBackend")

OSCAR_URL_SCHEMA = "https"

# --- CDN ---------------------------------------------------------------------------------------------------------
# Anonymous pages are public for PAGE_CACHE_MAX_AGE seconds (marketplace/page_cache.py); a CDN in front may keep them
# that long, and Wagtail's frontend_cache purges its copy when a page is published or a product changes. Which CDN,
# from the environment (docs/DEPLOYMENT.md, "CDN"): none by default.
FRONTEND_CACHE = env("FRONTEND_CACHE", default="")
if FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
            "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        }
    }
elif FRONTEND_CACHE == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    }
elif FRONTEND_CACHE == "http":  # Varnish, nginx or any proxy that takes PURGE requests
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }
elif FRONTEND_CACHE:
    raise ImproperlyConfigured(f"FRONTEND_CACHE must be cloudflare, cloudfront, http or empty, not {FRONTEND_CACHE!r}.")
