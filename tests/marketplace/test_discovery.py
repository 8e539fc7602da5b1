"""What search engines and link previews read: canonical and hreflang links, Open Graph and Twitter cards, product
and article JSON-LD, the sitemap and robots.txt."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from artisans.models import Artisan
from catalogue.services import product_add_photo, product_set_price_and_stock
from cms.models import HomePage
from marketplace.templatetags.seo import article_structured_data, json_ld_script
from tests.factories import image_upload, make_artisan, make_deposit, make_product

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


class HeadTags(HTMLParser):
    """The `<link>`, `<meta>` and JSON-LD `<script>` elements of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[dict] = []
        self.metas: list[dict] = []
        self.json_ld: list[str] = []
        self._in_json_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link":
            self.links.append(attributes)
        elif tag == "meta":
            self.metas.append(attributes)
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def hreflang(self) -> dict[str, str]:
        return {link["hreflang"]: link["href"] for link in self.links if link.get("rel") == "alternate"}

    def canonical(self) -> str:
        (href,) = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        return href

    def meta(self, key: str) -> list[str]:
        return [m["content"] for m in self.metas if m.get("property") == key or m.get("name") == key]


def head_of(client, path: str) -> HeadTags:
    response = client.get(path)
    assert response.status_code == 200, path
    return HeadTags(response.content.decode())


def product_path(product, language: str) -> str:
    with translation.override(language):
        return product.get_absolute_url()


def artisan_path(artisan, language: str) -> str:
    with translation.override(language):
        return artisan.get_absolute_url()


def product_json_ld(client, product, language: str = "en") -> dict:
    (script,) = head_of(client, product_path(product, language)).json_ld
    return json.loads(script)


@pytest.fixture
def burner():
    potter = make_artisan(registry_number="TS-DAK-00200", name_en="Aisha Al Hinai", name_ar="عائشة الهنائية")
    piece = make_product(
        artisan=potter,
        price="12.340",
        stock=3,
        sku="DAK-INC-00200",
        design_deposit=make_deposit(number="OM-CD-2018-0077"),
    )
    product_add_photo(product=piece, upload=image_upload("burner.jpg", size=(300, 300)))
    return piece


# --- hreflang and canonical ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_product_page_links_its_arabic_english_and_default_versions(client, burner, language):
    head = head_of(client, product_path(burner, language))

    assert head.hreflang() == {
        "ar": HOST + product_path(burner, "ar"),
        "en": HOST + product_path(burner, "en"),
        "x-default": HOST + product_path(burner, "en"),
    }
    assert head.canonical() == HOST + product_path(burner, language)


def test_the_canonical_url_drops_sorting_and_filters_but_keeps_the_page_number(client, burner):
    with translation.override("en"):
        listing = reverse("catalogue:index")

    head = head_of(client, f"{listing}?sort=price-asc&page=1&utm_source=x")

    assert head.canonical() == f"{HOST}{listing}?page=1"
    assert head.hreflang()["ar"].startswith(f"{HOST}/ar/")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_home_page_links_its_translation_whose_url_is_its_own(client, language):
    head = head_of(client, f"/{language}/")

    assert head.hreflang() == {"ar": f"{HOST}/ar/", "en": f"{HOST}/en/", "x-default": f"{HOST}/en/"}
    assert head.canonical() == f"{HOST}/{language}/"


def test_a_page_without_a_live_translation_links_only_its_own_language(client):
    HomePage.objects.filter(locale__language_code="ar").update(live=False)

    head = head_of(client, "/en/")

    assert head.hreflang() == {"en": f"{HOST}/en/", "x-default": f"{HOST}/en/"}


def test_an_artisan_page_links_both_languages(client, burner):
    artisan = burner.artisan

    head = head_of(client, artisan_path(artisan, "ar"))

    assert head.hreflang() == {
        "ar": HOST + artisan_path(artisan, "ar"),
        "en": HOST + artisan_path(artisan, "en"),
        "x-default": HOST + artisan_path(artisan, "en"),
    }
    assert head.canonical() == HOST + artisan_path(artisan, "ar")


# --- Open Graph and Twitter cards ---------------------------------------------------------------------


def test_a_product_page_has_a_link_preview_with_its_title_photo_and_locale(client, burner):
    head = head_of(client, product_path(burner, "ar"))

    assert head.meta("og:title") == ["مبخرة فخارية من بهلاء"]
    assert head.meta("og:description") == ["مشكلة يدويا من طين بهلاء."]
    assert head.meta("og:type") == ["product"]
    assert head.meta("og:url") == [HOST + product_path(burner, "ar")]
    assert head.meta("og:locale") == ["ar_OM"]
    assert head.meta("og:locale:alternate") == ["en_GB"]
    assert head.meta("og:site_name")
    (image,) = head.meta("og:image")
    assert image.startswith(f"{HOST}/media/") and image.endswith(".jpg")
    assert head.meta("twitter:card") == ["summary_large_image"]
    assert head.meta("twitter:image") == [image]


def test_the_home_page_preview_uses_its_title_and_description(client):
    head = head_of(client, "/en/")

    assert head.meta("og:title") == ["Hirfa: Omani crafts from the hands that make them"]
    assert head.meta("og:description")[0].startswith("Khanjars, silver")
    assert head.meta("og:type") == ["website"]
    assert head.meta("og:locale") == ["en_GB"]
    assert head.meta("og:image") == []
    assert head.meta("twitter:card") == ["summary"]


def test_a_title_with_markup_characters_is_escaped_once_in_title_and_preview(client):
    piece = make_product(title_en='Tom & Jerry "jar" <b>')

    response = client.get(product_path(piece, "en")).content.decode()

    assert "<title>Tom &amp; Jerry &quot;jar&quot; &lt;b&gt; | " in response
    assert 'property="og:title" content="Tom &amp; Jerry &quot;jar&quot; &lt;b&gt;"' in response


# --- Product JSON-LD ----------------------------------------------------------------------------------


def test_a_product_page_describes_the_product_with_its_price_in_omr_and_its_maker(client, burner):
    data = product_json_ld(client, burner)

    assert data["@type"] == "Product"
    assert data["name"] == "Bahla clay incense burner"
    assert data["description"] == "Shaped by hand from Bahla clay."
    assert data["sku"] == "DAK-INC-00200"
    assert data["image"][0].startswith(f"{HOST}/media/")
    assert data["manufacturer"] == {
        "@type": "Person",
        "name": "Aisha Al Hinai",
        "url": HOST + artisan_path(burner.artisan, "en"),
    }
    assert data["brand"] == {"@type": "Brand", "name": "Aisha Al Hinai"}
    assert data["offers"] == {
        "@type": "Offer",
        "price": "12.340",
        "priceCurrency": "OMR",
        "availability": "https://schema.org/InStock",
        "url": HOST + product_path(burner, "en"),
        "seller": data["manufacturer"],
    }
    assert data["additionalProperty"][0]["value"] == "OM-CD-2018-0077"


def test_the_arabic_page_describes_the_product_in_arabic(client, burner):
    data = product_json_ld(client, burner, "ar")

    assert data["name"] == "مبخرة فخارية من بهلاء"
    assert data["manufacturer"]["name"] == "عائشة الهنائية"


def test_a_sold_out_product_is_described_as_out_of_stock(client, burner):
    product_set_price_and_stock(product=burner, price="12.340", stock=0)

    data = product_json_ld(client, burner)

    assert data["offers"]["availability"] == "https://schema.org/OutOfStock"


def test_an_outlet_is_described_as_an_organization(client):
    outlet = make_artisan(seller_type=Artisan.SellerType.OUTLET, name_en="Bahla Artisan House")
    piece = make_product(artisan=outlet)

    data = product_json_ld(client, piece)

    assert data["manufacturer"]["@type"] == "Organization"
    assert "additionalProperty" not in data


def test_a_hostile_title_stays_inside_the_json_ld(client):
    hostile = "</script><script>alert(1)</script>"
    piece = make_product(title_en=hostile, description_en="Fired & glazed <b>by hand</b>")

    html = client.get(product_path(piece, "en")).content.decode()

    assert "<script>alert(1)" not in html
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["name"] == hostile
    assert data["description"] == "Fired & glazed by hand"  # plain text, whatever markup was typed


def test_json_ld_keeps_arabic_readable_and_escapes_only_markup_characters():
    script = str(json_ld_script({"name": "مبخرة </script>"}))

    assert script == '<script type="application/ld+json">{"name": "مبخرة \\u003C/script\\u003E"}</script>'


# --- Article JSON-LD ----------------------------------------------------------------------------------


def test_a_wagtail_page_is_described_as_an_article_in_its_language():
    page = HomePage.objects.get(locale__language_code="ar")
    request = RequestFactory().get("/ar/")

    data = article_structured_data(request=request, page=page)

    assert data["@type"] == "Article"
    assert data["headline"] == page.title
    assert data["inLanguage"] == "ar"
    assert data["url"] == f"{HOST}/ar/"
    assert data["datePublished"] == page.first_published_at.isoformat()
    assert "author" not in data


def test_a_story_with_a_date_and_an_author_uses_them():
    story = SimpleNamespace(
        title="The last potters of Bahla",
        date=date(2024, 3, 1),
        author="Maryam Al Balushi",
        first_published_at=datetime(2024, 4, 2, tzinfo=UTC),
        locale=SimpleNamespace(language_code="en"),
        url="/en/stories/the-last-potters/",
    )

    data = article_structured_data(request=RequestFactory().get("/"), page=story)

    assert data["datePublished"] == "2024-03-01"
    assert data["author"] == {"@type": "Person", "name": "Maryam Al Balushi"}
    assert data["url"] == f"{HOST}/en/stories/the-last-potters/"


# --- Sitemap and robots.txt ---------------------------------------------------------------------------


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """Each `<loc>` of /sitemap.xml with its hreflang alternates."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314  our own response, not untrusted input
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link[@rel='alternate']")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_the_sitemap_lists_each_product_in_both_languages_with_alternates(client, burner):
    entries = sitemap_entries(client)

    alternates = {
        "ar": HOST + product_path(burner, "ar"),
        "en": HOST + product_path(burner, "en"),
        "x-default": HOST + product_path(burner, "en"),
    }
    assert entries[HOST + product_path(burner, "ar")] == alternates
    assert entries[HOST + product_path(burner, "en")] == alternates


def test_the_sitemap_lists_artisans_and_both_home_pages(client, burner):
    entries = sitemap_entries(client)

    assert HOST + artisan_path(burner.artisan, "ar") in entries
    assert HOST + artisan_path(burner.artisan, "en") in entries
    home = {"ar": f"{HOST}/ar/", "en": f"{HOST}/en/", "x-default": f"{HOST}/en/"}
    assert entries[f"{HOST}/ar/"] == home
    assert entries[f"{HOST}/en/"] == home


def test_the_sitemap_leaves_out_what_buyers_cannot_see(client):
    hidden = make_product(is_public=False)
    unverified = make_product(artisan=make_artisan(verification=Artisan.Verification.PENDING))

    entries = sitemap_entries(client)

    for language in ("ar", "en"):
        assert HOST + product_path(hidden, language) not in entries
        assert HOST + product_path(unverified, language) not in entries
        assert HOST + artisan_path(unverified.artisan, language) not in entries


@pytest.mark.parametrize("products", [5, 40])
def test_the_sitemap_runs_the_same_few_queries_whatever_the_catalogue_size(
    client, django_assert_max_num_queries, products
):
    artisan = make_artisan()
    for _ in range(products):
        make_product(artisan=artisan)

    with django_assert_max_num_queries(9):
        entries = sitemap_entries(client)

    assert sum("/shop/catalogue/" in loc for loc in entries) == 2 * products


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_private_pages(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    for path in ("/cms-admin/", "/django-admin/", "/ar/shop/dashboard/", "/en/shop/checkout/", "/ar/shop/basket/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /en/workshop/" in lines


def test_the_sitemap_lists_the_open_figures_page_in_both_languages(client):
    entries = sitemap_entries(client)

    figures = {"ar": f"{HOST}/ar/figures/", "en": f"{HOST}/en/figures/", "x-default": f"{HOST}/en/figures/"}
    assert entries[f"{HOST}/ar/figures/"] == figures
    assert entries[f"{HOST}/en/figures/"] == figures
