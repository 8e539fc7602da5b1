"""URL order: the crawlers' robots.txt and sitemap.xml, admins, the APIs, then under /ar/ and /en/: the shop
(Oscar), the registry pages, and Wagtail's catch-all last."""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from marketplace import account_views, sitemaps, views
from marketplace.private_files import private_file_download
from provenance import views as provenance_views

urlpatterns = [
    # For crawlers, outside the language prefix: one robots.txt and one sitemap list both languages.
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preferences/digits/", views.set_digit_style, name="set-digit-style"),
    path("preferences/currency/", views.set_display_currency, name="set-display-currency"),
    path("preferences/destination/", views.set_destination, name="set-destination"),
    # The search API takes its language from ?lang= or Accept-Language, not from the path.
    path("api/search/", include("search.urls")),
    # The payment provider's webhooks: signed by the provider, no language prefix.
    path("payments/", include("payments.urls")),
    # Invoices, statements and bank files on one machine, through signed links that expire (production hands out
    # the object store's own signed links instead).
    path("private/<str:token>/", private_file_download, name="private-file"),
    # Certificates of authenticity: the authority's public keys, and the GS1 Digital Link address of a tag's QR code.
    path(".well-known/hirfa-keys.json", provenance_views.published_keys, name="provenance-keys"),
    path("8004/<str:giai>", provenance_views.digital_link, name="provenance-digital-link"),
]

if getattr(settings, "SERVE_MEDIA_FILES", False):
    # One machine (the demo, the tests) serves uploads itself; production serves them from object storage.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    # Oscar's sign-in and registration pages at Oscar's own addresses, ahead of the shop's patterns that they shadow,
    # with a registration that tells nobody which addresses have accounts (marketplace/account_views.py).
    path("shop/accounts/login/", account_views.SignInOrRegisterView.as_view(), name="account-sign-in"),
    path("shop/accounts/register/", account_views.RegisterView.as_view(), name="account-register"),
    path("shop/accounts/check-your-inbox/", account_views.account_check_inbox, name="account-check-inbox"),
    path("shop/accounts/activate/<str:uidb64>/<str:token>/", account_views.account_activation, name="account-activate"),
    # What a shared page leaves out (the basket's count, account links, messages), read by session-state.js.
    path("session-state/", views.session_state, name="session-state"),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("", include("favourites.urls")),
    path("", include("artisans.urls")),
    path("", include("fulfilment.urls")),
    path("", include("ledger.urls")),
    path("", include("moderation.urls")),
    path("", include("insights.urls")),
    path("", include("provenance.urls")),
    path("", include("conversations.urls")),
    path("", include("catalogue.reviews.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
