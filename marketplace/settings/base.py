"""Settings shared by every environment; each value that differs between machines comes from the environment.

local.py (the default, `make demo`), test.py (pytest) and production.py build on this module.
"""

from pathlib import Path

import environ
from csp.constants import NONCE
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  Oscar's settings first, so ours below override them.

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
env.smart_cast = False

# --- Core -----------------------------------------------------------------------------------------
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=0))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent requests on SQLite: WAL lets readers run while one writer writes; IMMEDIATE transactions take
    # the write lock when they begin, so a writer waits (up to the timeout) instead of failing with "database is
    # locked" when a read transaction tries to upgrade to a write while another writer holds the lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# Oscar's migrations were made with AutoField; a different default would make Django want new migrations
# for every Oscar app. The project's own apps choose BigAutoField in their AppConfig.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
SITE_ID = 1

INSTALLED_APPS = [
    # The project's apps come first so their templates, translations and static files win.
    "marketplace.apps.MarketplaceConfig",
    "artisans.apps.ArtisansConfig",
    "payments.apps.PaymentsConfig",
    "fulfilment.apps.FulfilmentConfig",
    "ledger.apps.LedgerConfig",
    "provenance.apps.ProvenanceConfig",
    "conversations.apps.ConversationsConfig",
    "audit.apps.AuditConfig",
    "moderation.apps.ModerationConfig",
    "insights.apps.InsightsConfig",
    "cms.apps.CmsConfig",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    # Oscar, with the apps this project forks replaced by the forks.
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "oscar.apps.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "oscar.apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "dashboard.apps.DashboardConfig",
    "dashboard.reports.apps.ReportsDashboardConfig",
    "dashboard.users.apps.UsersDashboardConfig",
    "dashboard.orders.apps.OrdersDashboardConfig",
    "dashboard.catalogue.apps.CatalogueDashboardConfig",
    "dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "dashboard.reviews.apps.ReviewsDashboardConfig",
    "dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    # Purges a CDN's copy of a page when it changes (WAGTAILFRONTENDCACHE, set in production.py from the environment;
    # nothing to purge locally). marketplace.page_cache purges product and list addresses through it too.
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # wagtail-localize replaces wagtail.locales: translations of a page are kept in step with their source.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Security
    "axes",
    "csp",
    "django_ratelimit",
    # Hearts, follows and the weekly digest of followed artisans' new pieces
    "favourites",
]

# How often the background worker (manage.py worker) expires unpaid reservations and publishes scheduled pages.
WORKER_RESERVATIONS_EVERY = env.int("WORKER_RESERVATIONS_EVERY", default=120)
WORKER_PUBLISHING_EVERY = env.int("WORKER_PUBLISHING_EVERY", default=60)
# How often the worker looks for refunds the payment provider could not make yet (each waits its own doubling delay).
WORKER_REFUNDS_EVERY = env.int("WORKER_REFUNDS_EVERY", default=30)
# "monthly": the worker settles each month with the artisans once it is over (ledger.services.settlement_run_monthly);
# empty: the authority runs `manage.py settle` itself.
SETTLEMENT_SCHEDULE = env("SETTLEMENT_SCHEDULE", default="")
WORKER_SETTLEMENT_EVERY = env.int("WORKER_SETTLEMENT_EVERY", default=3600)
# How often the worker looks for followers whose weekly digest is due (each gets one a week at most).
WORKER_FOLLOW_DIGESTS_EVERY = env.int("WORKER_FOLLOW_DIGESTS_EVERY", default=3600)
# Buyers are asked for a review this many days after their piece was shipped (once per line); the worker looks for
# lines due every WORKER_REVIEW_REMINDERS_EVERY seconds.
REVIEW_REMINDER_DAYS = env.int("REVIEW_REMINDER_DAYS", default=21)
WORKER_REVIEW_REMINDERS_EVERY = env.int("WORKER_REVIEW_REMINDERS_EVERY", default=3600)

# How long /readyz waits for each dependency (the database, the cache, the search engine, the file storage).
HEALTH_CHECK_TIMEOUT = env.float("HEALTH_CHECK_TIMEOUT", default=2.0)
# /readyz answers from its last run for this long (per process), and names what failed only to the bearer of
# `Authorization: Bearer <HEALTH_CHECK_TOKEN>`; anyone else, the balancer included, gets the status code alone.
HEALTH_CHECK_CACHE_SECONDS = 2.0
HEALTH_CHECK_TOKEN = env("HEALTH_CHECK_TOKEN", default="")

# Prometheus scrapes METRICS_PATH with `Authorization: Bearer <METRICS_TOKEN>` (marketplace/metrics.py). Without a
# token there is no endpoint: the path answers as any unknown address.
METRICS_TOKEN = env("METRICS_TOKEN", default="")
METRICS_PATH = env("METRICS_PATH", default="/metrics")

MIDDLEWARE = [
    "marketplace.middleware.HealthCheckMiddleware",  # first: probes get no host check, redirect or session
    "marketplace.metrics.MetricsEndpointMiddleware",  # Prometheus scrapes each server by address, like the probes
    "marketplace.observability.RequestIdMiddleware",  # the request id, in every log record and the response
    "marketplace.metrics.RequestMetricsMiddleware",  # next: it times nearly all the work done for a request
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cms.site_cache.CachedSiteMiddleware",  # after CommonMiddleware's host check; the Site of pages Wagtail serves
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "marketplace.rate_limits.RateLimitMiddleware",  # requests per client address (searches, sign-ins, sign-ups)
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "marketplace.middleware.ContentSecurityPolicyMiddleware",
    # Inside the CSP middleware (a fresh nonce on every cached page), outside the digit rewrite (stored done).
    "marketplace.page_cache.AnonymousPageCacheMiddleware",
    "marketplace.middleware.DisplayPreferencesMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project templates first: templates/oscar/... overrides Oscar's without forking an app.
        "DIRS": [BASE_DIR / "marketplace" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "marketplace.context_processors.site_chrome",
                "marketplace.page_cache.csrf_placeholder",  # last: it replaces the CSRF token on shared pages
            ],
            # Oscar's templates load `currency_filters`; this points that name at the project's OMR
            # formatting (3 decimals, Babel's Arabic format, optional Arabic-Indic digits) everywhere.
            "libraries": {"currency_filters": "marketplace.templatetags.money"},
        },
    }
]

# The `currency_filters` override above is deliberate; Django warns whenever two modules share a library name.
SILENCED_SYSTEM_CHECKS = ["templates.W003"]

AUTHENTICATION_BACKENDS = [
    "marketplace.auth_backends.AxesBackend",  # axes' lockout check (see the module)
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "customer:login"
LOGIN_REDIRECT_URL = "customer:summary"

# --- Languages ------------------------------------------------------------------------------------
# Every page lives under /ar/ and /en/. A visitor arriving at / goes to the language their browser asks
# for (Arabic first when it asks for Arabic); English is the fallback for browsers that ask for neither.
LANGUAGE_CODE = "en"
LANGUAGES = [("ar", _("Arabic")), ("en", _("English"))]
# Dates day first, with the month's name where there is room, in both languages (marketplace/formats/).
FORMAT_MODULE_PATH = ["marketplace.formats"]
# The project's own strings first, then the Arabic for those of Oscar's shop strings that Oscar leaves untranslated.
LOCALE_PATHS = [BASE_DIR / "marketplace" / "locale", BASE_DIR / "marketplace" / "oscar_locale"]
USE_I18N = True
TIME_ZONE = "Asia/Muscat"
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Editors choose Arabic or English for the admin; Wagtail lays the admin out right-to-left in Arabic.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Hirfa"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Images carry alt text in Arabic and in English, both required when an editor uploads one (cms/images.py).
WAGTAILIMAGES_IMAGE_MODEL = "cms.HirfaImage"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar in the admin: the Content-Security-Policy allows no outside images, and an editor's e-mail
# hash has no business leaving the site. Wagtail shows its default avatar (or one uploaded in the account settings).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]

# --- Static and media files -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Private files (invoices, statements, bank-transfer files) are kept apart from the public media, outside
# MEDIA_ROOT, and reach the people allowed to see them only through signed links that expire
# (marketplace/private_files.py). Production keeps both in object storage (production.py).
PRIVATE_ROOT = Path(env("DJANGO_PRIVATE_ROOT", default=str(BASE_DIR / "private-files")))
PRIVATE_FILE_URL_TTL = env.int("PRIVATE_FILE_URL_TTL", default=300)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_ROOT}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The upload limits (bytes and pixels) used by every image upload; see marketplace/images.py.
UPLOAD_IMAGE_MAX_BYTES = env.int("UPLOAD_IMAGE_MAX_BYTES", default=10 * 1024 * 1024)
UPLOAD_IMAGE_MAX_PIXELS = env.int("UPLOAD_IMAGE_MAX_PIXELS", default=40_000_000)
UPLOAD_IMAGE_MAX_SIDE = 2000
# The workshop warns an artisan when a piece on sale has this many or fewer left to sell.
WORKSHOP_LOW_STOCK_THRESHOLD = env.int("WORKSHOP_LOW_STOCK_THRESHOLD", default=2)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- Cache and sessions ---------------------------------------------------------------------------
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "hirfa"}}
# Whole pages for anonymous visitors (marketplace/page_cache.py): which cache holds them, how long a stored page may
# be served at most (changes purge it at once; this bounds changes that send no signal), and how long browsers and
# CDNs may keep a copy (Cache-Control: public, max-age).
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", default=60)

# --- E-mail ---------------------------------------------------------------------------------------
EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="Hirfa <no-reply@hirfa.om>")
# Production queues e-mail for the worker (EMAIL_BACKEND = "marketplace.mail_queue.QueuedEmailBackend", set in
# production.py), so no request waits on the mail server; the worker then delivers each message with this backend.
EMAIL_DELIVERY_BACKEND = env("DJANGO_EMAIL_DELIVERY_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
# A background task (marketplace.tasks: e-mail, image copies, Wagtail's index updates) failing this many times is
# given up and kept, marked dead, for an operator; with the doubling delays (1 minute to an hour) eight attempts
# span about two hours.
TASK_MAX_ATTEMPTS = env.int("TASK_MAX_ATTEMPTS", default=8)
# Every task enqueued through django-tasks (ours and Wagtail's: its reference index, file deletions) is kept in the
# database and run by `manage.py worker`; see marketplace.tasks for why this is our own backend.
TASKS = {"default": {"BACKEND": "marketplace.tasks.DatabaseBackend"}}

# --- Oscar ----------------------------------------------------------------------------------------
OSCAR_SHOP_NAME = _("Hirfa")
OSCAR_SHOP_TAGLINE = _("Omani crafts from the hands that make them")
OSCAR_DEFAULT_CURRENCY = "OMR"
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Where the contact page's messages go (the team's shared inbox); the visitor's address is their Reply-To.
CONTACT_EMAIL = env("HIRFA_CONTACT_EMAIL", default="help@hirfa.om")
OSCAR_HOMEPAGE = reverse_lazy("wagtail_serve", args=[""])  # the home page in the current language
# Arabic titles make Arabic slugs (shown as Arabic in the address bar) instead of percent-encoded noise.
OSCAR_SLUG_ALLOW_UNICODE = True
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_ALLOW_ANON_REVIEWS = False
OSCAR_MODERATE_REVIEWS = True
OSCAR_IMAGE_FOLDER = "products/%Y/%m/"
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
# Oscar's search app imports Haystack; no Haystack backend serves any page (see search/).
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
THUMBNAIL_PRESERVE_FORMAT = True
THUMBNAIL_QUALITY = 85

# `manage.py load_demo` refuses to run unless a settings module allows it (local and test do; production never).
ALLOW_DEMO_DATA = False

# --- Search ---------------------------------------------------------------------------------------------
# ELASTICSEARCH_URL: one URL or several, comma-separated. Unset: the in-memory engine bundled in osmem-server,
# started on demand at SEARCH_LOCAL_ENGINE_ADDRESS and shared by every process of the project (search/engine.py).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
SEARCH_LOCAL_ENGINE_ADDRESS = env("SEARCH_LOCAL_ENGINE_ADDRESS", default="127.0.0.1:9299")
SEARCH_LOCAL_ENGINE_STATE = BASE_DIR / ".search-engine" / "state.json"
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="hirfa")
SEARCH_INDEX_SHARDS = env.int("SEARCH_INDEX_SHARDS", default=1)
SEARCH_INDEX_REPLICAS = env.int("SEARCH_INDEX_REPLICAS", default=0)
SEARCH_REQUEST_TIMEOUT = env.float("SEARCH_REQUEST_TIMEOUT", default=5.0)
SEARCH_MAX_RETRIES = env.int("SEARCH_MAX_RETRIES", default=1)
SEARCH_BULK_TIMEOUT = env.float("SEARCH_BULK_TIMEOUT", default=120.0)

# --- Payments (the checkout issue builds on these) ------------------------------------------------
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_BASE = env("STRIPE_API_BASE", default="https://api.stripe.com")
# The Stripe.js script the payment page loads (tests point it at localstripe's stand-in, trailing slash included).
STRIPE_JS_URL = env("STRIPE_JS_URL", default="https://js.stripe.com/v3/")
STRIPE_MAX_NETWORK_RETRIES = env.int("STRIPE_MAX_NETWORK_RETRIES", default=2)
PAYMENT_PROVIDER = env("PAYMENT_PROVIDER", default="payments.providers.stripe.StripeProvider")
# Currencies in which buyers abroad may see approximate prices (rates in payments.ExchangeRate); charges stay OMR.
APPROXIMATE_PRICE_CURRENCIES = ["USD", "EUR", "GBP", "AED", "SAR"]

# Oman's VAT, included in listing prices; exports are zero-rated (checkout/tax.py).
VAT_RATE = env("VAT_RATE", default="0.05")
# The authority's commission when neither the artisan nor the craft has a rate of its own (ledger.CommissionRate).
COMMISSION_DEFAULT_RATE = env("COMMISSION_DEFAULT_RATE", default="0.10")
# Whether artisans may refund their own order lines from the workshop (the authority always may, in the admin).
ARTISAN_REFUNDS_ALLOWED = env.bool("ARTISAN_REFUNDS_ALLOWED", default=False)
# Bank details saved within this many days of a new manager joining an artisan hold its payouts until a reviewer
# confirms them (ledger.services.payout_account_save).
PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER = env.int("PAYOUT_HOLD_DAYS_AFTER_NEW_MANAGER", default=7)
# How long an order placed at checkout holds its stock while the buyer pays.
CHECKOUT_RESERVATION_MINUTES = env.int("CHECKOUT_RESERVATION_MINUTES", default=30)


# Order statuses: an order is placed as "Pending payment" and moves only forward (payments/order_status.py).
from payments import order_status as _order_status  # noqa: E402

OSCAR_INITIAL_ORDER_STATUS = _order_status.PENDING_PAYMENT
OSCAR_INITIAL_LINE_STATUS = _order_status.PENDING_PAYMENT
OSCAR_ORDER_STATUS_PIPELINE = _order_status.ORDER_PIPELINE
OSCAR_LINE_STATUS_PIPELINE = _order_status.LINE_PIPELINE
OSCAR_ORDER_STATUS_CASCADE = _order_status.CASCADE

# --- Security -------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page may be framed by another site, or by this one (Wagtail's preview marks its own views SAMEORIGIN).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Oscar's basket and Wagtail's admin JavaScript read the token.

# Content-Security-Policy: public pages run only the project's own scripts (inline ones carry a per-request
# nonce). Oscar's dashboard and the admins are staff-only and rely on inline scripts and styles, so they get
# the same policy with 'unsafe-inline' instead of a nonce (see marketplace/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
CSP_STAFF_PATH_PREFIXES = ["/cms-admin/", "/django-admin/", "/ar/shop/dashboard/", "/en/shop/dashboard/"]

# The client's address (marketplace/client_address.py), for every limit by address. Behind the load balancer
# REMOTE_ADDR is the balancer's: list the balancer's addresses or networks in DJANGO_TRUSTED_PROXIES and the client's
# is read from X-Forwarded-For, one hop per proxy, at most DJANGO_TRUSTED_PROXY_COUNT hops (2 behind a CDN and the
# balancer, whose addresses are then both listed). Unset, no header is read: REMOTE_ADDR is the client.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=1)

# Failed sign-ins (marketplace/sign_in_lockout.py): 5 wrong passwords for one account from one address lock that
# account for that address, and 20 from one address, whatever the accounts, lock that address; for 15 minutes.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]  # in this order: the handler reads them so
AXES_HANDLER = "marketplace.sign_in_lockout.AccountAndAddressLockoutHandler"
AXES_CLIENT_IP_CALLABLE = "marketplace.client_address.client_ip_address"

# Requests per client address (marketplace/rate_limits.py), counted by django-ratelimit in the shared cache: each
# rate is "count/period" (s, m, h, d; "10/5m" is 10 in 5 minutes). Past it: 429 with Retry-After. Searches are the
# search page, the shop's listings with words, and the search API; sign-ins, registrations, password resets and
# requests to join count POSTs only.
RATE_LIMITS = {
    "search": env("RATE_LIMIT_SEARCH", default="30/m"),
    "suggest": env("RATE_LIMIT_SUGGEST", default="120/m"),
    "sign-in": env("RATE_LIMIT_SIGN_IN", default="20/5m"),
    "register": env("RATE_LIMIT_REGISTER", default="10/h"),
    "password-reset": env("RATE_LIMIT_PASSWORD_RESET", default="10/h"),
    "join": env("RATE_LIMIT_JOIN", default="20/h"),
    "contact": env("RATE_LIMIT_CONTACT", default="5/h"),
    "verify": env("RATE_LIMIT_VERIFY", default="60/m"),
    # Questions to artisans and buyers' replies, per client address and per account (conversations/).
    "question": env("RATE_LIMIT_QUESTION", default="10/h"),
    "favourites": env("RATE_LIMIT_FAVOURITES", default="60/m"),
    "review": env("RATE_LIMIT_REVIEW", default="10/h"),
}
# Groups also counted per signed-in account (key "user"), whatever address the account's requests come from (a buyer
# on a phone network shares an address with many; an account moving between addresses is still one account).
RATE_LIMITS_PER_ACCOUNT = {
    "review": env("RATE_LIMIT_REVIEW_PER_ACCOUNT", default="5/h"),
    "favourites": env("RATE_LIMIT_FAVOURITES_PER_ACCOUNT", default="60/m"),
    "question": env("RATE_LIMIT_QUESTION_PER_ACCOUNT", default="10/h"),
}
# How many pieces one account, or one guest's session, may keep with the heart.
FAVOURITES_MAX = env.int("FAVOURITES_MAX", default=500)
RATELIMIT_ENABLE = env.bool("RATE_LIMITS_ENABLED", default=True)
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "marketplace.client_address.client_ip_address"
# When the cache does not answer, django-ratelimit would refuse every request; the site serves them instead.
RATELIMIT_FAIL_OPEN = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "marketplace/lockout.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

# Errors to Sentry when SENTRY_DSN is set (any settings module; nothing is sent without it).
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    from marketplace.observability import sentry_init

    sentry_init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", default="production"),
        release=env("SENTRY_RELEASE", default=None),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every record carries the id of the request it belongs to (marketplace.observability); production writes JSON.
    "filters": {"request_id": {"()": "marketplace.observability.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(levelname)s [%(request_id)s] %(name)s: %(message)s"},
        "json": {"()": "marketplace.observability.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": env("DJANGO_LOG_FORMAT", default="text"),
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        "elasticsearch": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
        # Wagtail runs its small jobs (search and reference index updates) as django-tasks and logs each at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}

# Certificates of authenticity (provenance/signing.py): the authority's Ed25519 private key in PEM (production requires
# PROVENANCE_SIGNING_KEY; local.py and test.py make one), the public JWKs of keys it replaced (a JSON list, so that
# certificates signed before a rotation still verify), the issuer named in each certificate, and the GS1 company
# prefix that starts the GIAI in a tag's QR code (https://<site>/8004/<prefix><token>).
PROVENANCE_SIGNING_KEY = env("PROVENANCE_SIGNING_KEY", default="").replace("\\n", "\n")
PROVENANCE_RETIRED_PUBLIC_KEYS = env.json("PROVENANCE_RETIRED_PUBLIC_KEYS", default=[])
PROVENANCE_ISSUER = env("PROVENANCE_ISSUER", default="Public Authority for Craft Industries, Oman")
PROVENANCE_ISSUER_AR = env("PROVENANCE_ISSUER_AR", default="الهيئة العامة للصناعات الحرفية، سلطنة عُمان")
PROVENANCE_GS1_COMPANY_PREFIX = env("PROVENANCE_GS1_COMPANY_PREFIX", default="0000000")

# Questions to artisans (conversations/): how an artisan is told (conversations/notifiers.py), and how long after a
# conversation the buyer's next paid order from that artisan is linked to it.
CONVERSATIONS_ARTISAN_NOTIFIER = "conversations.notifiers.EmailNotifier"
CONVERSATION_ORDER_LINK_DAYS = env.int("CONVERSATION_ORDER_LINK_DAYS", default=30)
