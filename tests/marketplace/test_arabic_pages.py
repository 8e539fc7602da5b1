"""Every Arabic page is in Arabic, with its numbers in the digits the reader chose (issue 18, part 5).

A reader who chose Arabic-Indic digits walks every URL of the sitemap in both languages, the shop (list, a piece,
basket, every checkout step), their account, an artisan's workshop and the authority's dashboard. On each /ar/ page
none of the site's own English UI strings may show outside English-only content, and no Latin digit outside what
keeps them (tests/page_checks.py says what). /en/ pages keep Latin digits whatever the cookie says.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.basket import add_product
from oscar.test.factories import create_order

from cms.demo.pages import load_demo_pages
from marketplace.display import DIGITS_COOKIE
from payments import order_status
from payments.selectors import DISPLAY_CURRENCY_COOKIE
from tests.factories import PASSWORD, UserFactory, make_artisan, make_deposit, make_manager, make_product
from tests.page_checks import english_ui_strings_in, latin_digits_in
from tests.payments.conftest import Buyer

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")

# Names and words the data holds in English on purpose (a buyer's typed address, the demo artisans' Latin names
# in Arabic pages' `lang="en"` elements are already left out).
TYPED = ("Maryam", "Al Balushi", "Way 3021, House 17", "Muscat")


class ArabicDigitsReader:
    """A browser with Arabic-Indic digits and prices also in US dollars chosen, noting what each /ar/ page should
    not show."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.client.cookies[DIGITS_COOKIE] = "arab"
        self.client.cookies[DISPLAY_CURRENCY_COOKIE] = "USD"  # foreign prices too, where a rate is known
        self.english: list[str] = []
        self.latin_digits: list[str] = []
        self.pages: list[str] = []

    def read(self, url: str, *, data: tuple[str, ...] = ()) -> str:
        response = self.client.get(url, follow=True)
        assert response.status_code == 200, (url, response.status_code)
        html = response.content.decode()
        self.pages.append(url)
        if url.startswith("/ar/"):
            assert response["Content-Language"] == "ar", url
            self.english += [f"{url}: “{p}” in “{t}”" for p, t in english_ui_strings_in(html, typed=TYPED + data)]
            self.latin_digits += [f"{url}: “{text}”" for text in latin_digits_in(html)]
        else:
            assert not re.search(r"[٠-٩]", _without_arabic_content(html)), f"{url} shows Arabic-Indic digits"
        return html

    def assert_clean(self, at_least: int) -> None:
        assert len(self.pages) >= at_least, self.pages
        assert not self.english, f"{len(self.english)} English UI strings:\n" + "\n".join(self.english)
        assert not self.latin_digits, f"{len(self.latin_digits)} Latin digits:\n" + "\n".join(self.latin_digits)


def _without_arabic_content(html: str) -> str:
    """An English page's text without what is Arabic by design (elements marked lang="ar": the language switch,
    an Arabic-only name)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.find_all(attrs={"lang": "ar"}):
        element.decompose()
    return soup.get_text(" ")


@pytest.fixture
def demo_pages():
    load_demo_pages()


@pytest.fixture
def site():
    """An artisan with pieces (one of them a registered design) and their manager."""
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    deposit = make_deposit(owner=potter)
    pieces = [
        make_product(artisan=potter, price="12.340", stock=12, weight_g=1250, design_deposit=deposit),
        make_product(artisan=potter, price="7.500", stock=3, title_en="Clay water jar", title_ar="جحلة"),
    ]
    manager = make_manager(potter, email="aisha@example.com", password=PASSWORD)
    return {"artisan": potter, "pieces": pieces, "manager": manager, "deposit": deposit}


def sitemap_paths(client: Client) -> list[str]:
    xml = client.get("/sitemap.xml").content.decode()
    return [urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", xml)]


def test_every_sitemap_page_is_in_arabic_with_arabic_indic_digits(demo_pages, site):
    reader = ArabicDigitsReader(Client(HTTP_ACCEPT_LANGUAGE="ar"))
    paths = sitemap_paths(reader.client)
    assert any(path.startswith("/ar/") for path in paths) and any(path.startswith("/en/") for path in paths)

    for path in paths:
        reader.read(path)

    reader.assert_clean(at_least=len(paths))


def test_the_shop_basket_and_checkout_are_in_arabic_with_arabic_indic_digits(site, stripe_settings, localstripe_url):
    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url)
    reader = ArabicDigitsReader(buyer.client)
    piece = site["pieces"][0]
    reader.read(buyer.url("catalogue:index"))
    reader.read(buyer.url("catalogue:detail", product_slug=piece.slug, pk=piece.pk))
    assert buyer.add(piece, quantity=2).status_code == 302
    reader.read(buyer.url("basket:summary"))
    reader.read(buyer.url("checkout:index"))
    preview = buyer.fill_checkout()
    assert preview.status_code == 200
    reader.read(buyer.url("checkout:shipping-address"), data=TYPED)
    reader.read(buyer.url("checkout:shipping-method"), data=TYPED)
    reader.read(buyer.url("checkout:preview"), data=TYPED)

    reader.assert_clean(at_least=7)


def test_a_buyers_account_is_in_arabic_with_arabic_indic_digits(site):
    buyer = UserFactory(email="salma@example.com", password=PASSWORD)
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(buyer)
    reader = ArabicDigitsReader(client)
    for path in ("/ar/shop/accounts/", "/ar/shop/accounts/orders/", "/ar/shop/accounts/addresses/"):
        reader.read(path)

    reader.assert_clean(at_least=3)


def test_an_artisans_workshop_is_in_arabic_with_arabic_indic_digits(site):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(site["manager"])
    reader = ArabicDigitsReader(client)
    number = site["artisan"].registry_number
    piece = site["pieces"][0]
    for path in (
        "/ar/workshop/",
        f"/ar/workshop/{number}/",
        f"/ar/workshop/{number}/profile/",
        f"/ar/workshop/{number}/managers/",
        f"/ar/workshop/{number}/pieces/",
        f"/ar/workshop/{number}/pieces/new/",
        f"/ar/workshop/{number}/pieces/{piece.pk}/",
        f"/ar/workshop/{number}/stock/",
        f"/ar/workshop/{number}/orders/",
        f"/ar/workshop/{number}/statements/",
    ):
        reader.read(path)

    reader.assert_clean(at_least=10)


@pytest.fixture
def paid_order(site):
    basket = Basket.objects.create()
    basket.strategy = Default()
    add_product(basket, product=site["pieces"][0], quantity=2)
    placed = create_order(basket=basket, user=UserFactory(email="maryam.buyer@example.com"))
    placed.set_status(order_status.PAID)
    placed.refresh_from_db()  # the stored values, not the factory's lazy strings
    return placed


def test_the_authoritys_dashboard_is_in_arabic_with_arabic_indic_digits(site, paid_order):
    authority = UserFactory(is_staff=True, is_superuser=True)
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(authority)
    reader = ArabicDigitsReader(client)
    piece = site["pieces"][0]
    for path in (
        "/ar/shop/dashboard/",
        "/ar/shop/dashboard/orders/",
        f"/ar/shop/dashboard/orders/?status={order_status.PAID}",
        f"/ar/shop/dashboard/orders/{paid_order.number}/",
        "/ar/shop/dashboard/orders/statistics/",
        "/ar/shop/dashboard/catalogue/",
        f"/ar/shop/dashboard/catalogue/products/{piece.pk}/",
        "/ar/shop/dashboard/catalogue/stock-alerts/",
        "/ar/shop/dashboard/reviews/",
        "/ar/shop/dashboard/offers/",
        "/ar/shop/dashboard/vouchers/",
        "/ar/shop/dashboard/ranges/",
        "/ar/shop/dashboard/partners/",
        f"/ar/shop/dashboard/partners/{piece.stockrecords.get().partner_id}/",
    ):
        # The order records its shipping method's name as it was when placed (Oscar's test factory: "Free shipping").
        reader.read(path, data=("maryam.buyer", paid_order.shipping_method))

    reader.assert_clean(at_least=14)


def test_the_dashboard_shows_order_statuses_by_their_arabic_label(site, paid_order):
    authority = UserFactory(is_staff=True, is_superuser=True)
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(authority)

    listed = client.get("/ar/shop/dashboard/orders/").content.decode()

    assert f'<option value="{order_status.PAID}">مدفوع</option>' in listed
    assert "<td>مدفوع</td>" in listed
