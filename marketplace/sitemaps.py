"""`/sitemap.xml`: every live Wagtail page (both locales), every product buyers can see, every public artisan
profile and the open figures page, each with its versions in the other language and x-default as `xhtml:link`
alternates.

Locations use the host the sitemap was asked for, like the canonical links in the pages (`marketplace.templatetags
.seo`), rather than the `sites` framework's or Wagtail's stored hostname, so the two always agree. x-default is the
`settings.LANGUAGE_CODE` version, as in the pages' `<head>` (see that module for why).

Each sitemap reads its items in one query (pages also read the site, its root's translations and view
restrictions); building a URL reads nothing, so the number of queries does not grow with the catalogue.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from django.urls import reverse
from wagtail.models import Page, Site

from artisans.selectors import public_artisans
from catalogue.selectors import browsable_products


class RequestHostSitemap(Sitemap):
    def __init__(self, request):
        self.request = request

    def get_domain(self, site=None) -> str:
        return self.request.get_host()


class BothLanguagesSitemap(RequestHostSitemap):
    """An entry per item and language (Django's `i18n`), each listing the other versions (`alternates`)."""

    i18n = True
    alternates = True
    x_default = True

    def _urls(self, page, protocol, domain):
        # Django's x-default is the unprefixed path, which only redirects; point it at the LANGUAGE_CODE version.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            by_language = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            if "x-default" in by_language and settings.LANGUAGE_CODE in by_language:
                by_language["x-default"]["location"] = by_language[settings.LANGUAGE_CODE]["location"]
        return urls


class ProductSitemap(BothLanguagesSitemap):
    def items(self):
        return browsable_products().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class ArtisanSitemap(BothLanguagesSitemap):
    def items(self):
        return public_artisans().select_related(None).only("pk", "registry_number", "updated_at").order_by("pk")

    def lastmod(self, artisan):
        return artisan.updated_at


class WagtailPageSitemap(RequestHostSitemap):
    """Live, public pages under the site's root page and its translations. Wagtail's own sitemap lists only the
    default root's tree and gives no alternates; here each page lists its live translations.

    Pages are read as plain `Page` rows, not `.specific()`: a URL needs only `url_path` and the locale, and the
    specific rows would cost a query per page type."""

    def items(self):
        if not hasattr(self, "_pages"):
            site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
            in_site = Q()
            for root in site.root_page.get_translations(inclusive=True):
                in_site |= Q(path__startswith=root.path)
            pages = Page.objects.live().public().filter(in_site).select_related("locale").order_by("path")
            self._pages = [page for page in pages if page.get_url(request=self.request)]
        return self._pages

    def location(self, page):
        return page.get_url(request=self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # Translations may fall on another page of a (very large) sitemap, so look them up among all items.
        versions = defaultdict(dict)
        for item in self.items():
            versions[item.translation_key][item.locale.language_code] = f"{protocol}://{domain}{self.location(item)}"
        for url in urls:
            by_language = versions[url["item"].translation_key]
            url["alternates"] = [
                {"lang_code": code, "location": by_language[code]}
                for code, _name in settings.LANGUAGES
                if code in by_language
            ]
            if settings.LANGUAGE_CODE in by_language:
                url["alternates"].append({"lang_code": "x-default", "location": by_language[settings.LANGUAGE_CODE]})
        return urls


class OpenPagesSitemap(BothLanguagesSitemap):
    """Open pages that are neither Wagtail pages nor objects: the registry's public figures."""

    def items(self):
        return ["insights:figures"]

    def location(self, name):
        return reverse(name)


def sitemap(request):
    """One sitemap for the whole site (well under the 50,000 entries a sitemap may hold; `?p=` pages beyond)."""
    sitemaps = {
        "pages": WagtailPageSitemap(request),
        "products": ProductSitemap(request),
        "artisans": ArtisanSitemap(request),
        "open": OpenPagesSitemap(request),
    }
    return sitemap_views.sitemap(request, sitemaps)
