"""The checkout's pages in the site's own look and the buyer's words: the site's header and footer, Hirfa's six
steps with the current one marked, a review page with no payment placeholder, a thank-you page and order pages that
tell the order by artisan with what was paid and when each part is sent, and form errors that name what to fix."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from oscar.core.loading import get_model

from fulfilment.services import part_mark_shipped
from payments.models import Payment
from tests.factories import UserFactory, make_artisan, make_product

from .conftest import Buyer
from .test_address import ADDRESS

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
ABROAD = {
    **ADDRESS,
    "country": "GB",
    "state": "",
    "line4": "London",
    "postcode": "NW1 6XE",
    "phone_number": "+442079460000",
}


@pytest.fixture
def pieces():
    potter = make_artisan(name_en="Aisha Al Harthi", name_ar="عائشة الحارثية", wilayat_slug="bahla")
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    return (
        make_product(artisan=potter, price="12.340", stock=4),
        make_product(artisan=weaver, price="7.500", stock=3, title_en="Clay water jar", title_ar="جحلة"),
    )


@pytest.fixture
def shopper(stripe_settings, localstripe_url, pieces):
    """A guest with both pieces in the basket, on /<language>/."""

    def open_for(language="en") -> Buyer:
        buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE=language), language, localstripe_url)
        for piece in pieces:
            buyer.add(piece)
        buyer.client.post(buyer.url("checkout:index"), {"username": "maryam@example.com", "options": "anonymous"})
        return buyer

    return open_for


def to_review(buyer: Buyer, address=ADDRESS):
    assert buyer.client.post(buyer.url("checkout:shipping-address"), address).status_code == 302
    choice = buyer.client.get(buyer.url("checkout:shipping-method"))
    if choice.status_code == 200:
        buyer.client.post(buyer.url("checkout:shipping-method"), {"method_code": choice.context["methods"][0].code})
    return buyer.client.get(buyer.url("checkout:preview"))


def paid(buyer: Buyer, capture, address=ADDRESS):
    to_review(buyer, address)
    buyer.place_order()
    payment = Payment.objects.get()
    buyer.pay(payment)
    with capture(execute=True):
        buyer.come_back(payment)
    return Order.objects.get()


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def step_bar(page: BeautifulSoup):
    steps = page.select(".checkout-steps__step")
    current = [step for step in steps if step.get("aria-current") == "step"]
    return steps, current


def test_every_checkout_step_has_the_sites_header_and_footer(shopper):
    buyer = shopper()
    pages = [buyer.client.get(buyer.url("checkout:index")), buyer.client.get(buyer.url("checkout:shipping-address"))]
    pages.append(to_review(buyer))
    buyer.place_order()
    pages.append(buyer.client.get(buyer.url("checkout:pay", number=Payment.objects.get().order.number)))
    for page in map(soup, pages):
        assert page.select_one("header.site-header .brand") and page.select_one("footer.site-footer")


def test_the_review_step_is_step_5_of_6_and_links_back_to_the_earlier_steps(shopper):
    page = soup(to_review(shopper()))
    steps, current = step_bar(page)
    assert len(steps) == 6 and len(current) == 1
    assert "5" in current[0].select_one(".checkout-steps__number").text
    links = [step.a["href"] if step.a else None for step in steps]
    assert links[:3] == ["/en/shop/basket/", "/en/shop/checkout/", "/en/shop/checkout/shipping-address/"]
    # Only one method serves Muscat: it was chosen without asking, so there is nothing to go back to
    assert links[3] is None and "checkout-steps__step--done" in steps[3]["class"]
    assert links[4:] == [None, None]


def test_with_several_methods_the_review_step_links_back_to_the_method_step(shopper):
    steps, _current = step_bar(soup(to_review(shopper(), ABROAD)))
    assert steps[3].a["href"] == "/en/shop/checkout/shipping-method/"


def test_the_payment_page_is_step_6_with_no_way_back_into_the_placed_order(shopper):
    buyer = shopper()
    to_review(buyer)
    buyer.place_order()
    page = soup(buyer.client.get(buyer.url("checkout:pay", number=Payment.objects.get().order.number)))
    steps, current = step_bar(page)
    assert current == [steps[5]]
    assert not page.select(".checkout-steps a")
    assert page.select_one("#payment-form")  # the integrator's card form, unchanged


def test_the_step_bar_says_where_the_buyer_is_in_arabic(shopper):
    page = soup(shopper("ar").client.get("/ar/shop/checkout/shipping-address/"))
    assert page.select_one(".checkout-steps")["aria-label"] == "خطوات إتمام الشراء"
    assert page.select_one(".checkout-steps__now").text.strip() == "الخطوة 3 من 6: عنوان التوصيل"


def test_the_review_page_says_the_card_comes_next_and_holds_no_placeholder(shopper):
    page = soup(to_review(shopper()))
    text = page.get_text(" ")
    assert "Payment details to go here" not in text and "payment-details" not in str(page)
    assert "You pay by card on the next page" in page.select_one(".checkout-card--pay").text
    assert page.select_one("#place_order_form #place-order")


def test_the_review_page_lists_the_pieces_by_artisan(shopper):
    parts = soup(to_review(shopper("ar"))).select(".review-pieces .order-part")
    assert [part.select_one(".order-part__artisan").text for part in parts] == ["عائشة الحارثية", "سالم الهنائي"]
    assert [part.select_one(".order-part__place").text for part in parts] == ["من بهلاء", "من نزوى"]


def test_the_thank_you_page_tells_what_was_bought_from_whom(shopper, django_capture_on_commit_callbacks):
    buyer = shopper("ar")
    paid(buyer, django_capture_on_commit_callbacks)
    page = soup(buyer.client.get("/ar/shop/checkout/thank-you/"))
    parts = page.select(".order-part")
    assert [part.select_one(".order-part__artisan").text for part in parts] == ["عائشة الحارثية", "سالم الهنائي"]
    assert "من نزوى" in parts[1].text and "جحلة" in parts[1].text
    # Each part is being prepared by its artisan, and says how long delivery takes once sent
    for part in parts:
        assert "لم يُرسل بعد" in part.text and "التوصيل (داخل عُمان): يصل خلال 2 إلى 4 أيام عمل." in part.text


def test_the_thank_you_page_says_what_was_paid_in_a_buyers_words(shopper, django_capture_on_commit_callbacks):
    buyer = shopper()
    paid(buyer, django_capture_on_commit_callbacks)
    page = soup(buyer.client.get("/en/shop/checkout/thank-you/"))
    text = " ".join(page.get_text(" ").split())
    # 12.340 + 7.500 + 3.000 to ship 1.6 kg within Oman; the VAT inside, to the baisa
    assert "Total OMR 22.840" in text and "Includes 5% Omani VAT: OMR 1.088." in text
    assert "Paid by card ending in 4242, in Omani rials (OMR)." in text
    assert "Allocation" not in text and "from type" not in text and "pi_" not in text


def test_the_thank_you_page_links_the_invoice_and_the_orders_status_page(shopper, django_capture_on_commit_callbacks):
    buyer = shopper()
    order = paid(buyer, django_capture_on_commit_callbacks)
    page = soup(buyer.client.get("/en/shop/checkout/thank-you/"))
    links = {a["href"] for a in page.select("a[href]")}
    assert f"/en/shop/checkout/invoice/{order.number}/" in links
    assert f"/en/shop/checkout/invoice/{order.number}/pdf/" in links
    assert f"/en/shop/accounts/order-status/{order.number}/{order.verification_hash()}/" in links


def test_an_export_says_no_vat_was_charged(shopper, django_capture_on_commit_callbacks):
    buyer = shopper()
    paid(buyer, django_capture_on_commit_callbacks, ABROAD)
    text = soup(buyer.client.get("/en/shop/checkout/thank-you/")).select_one(".order-summary__tax").text
    assert "exports are zero-rated, so no 5% Omani VAT was charged" in text


def test_the_account_order_page_tells_the_order_as_the_thank_you_page_does(
    shopper, pieces, django_capture_on_commit_callbacks
):
    buyer = shopper("ar")
    order = paid(buyer, django_capture_on_commit_callbacks)
    account = UserFactory()
    Order.objects.filter(pk=order.pk).update(user=account)
    part_mark_shipped(
        order=order, artisan=pieces[0].artisan, carrier="oman_post", tracking_number="RR1234OM", user=account
    )
    client = Client()
    client.force_login(account)
    page = soup(client.get(f"/ar/shop/accounts/orders/{order.number}/"))
    assert page.select_one("main#main .order-summary"), "the account's pages keep the page's main landmark"
    sent, waiting = page.select(".order-part")
    assert "أُرسل" in sent.text and "RR1234OM" in sent.text
    assert "لم يُرسل بعد" in waiting.text
    assert page.select_one(f"a[href='/ar/shop/checkout/invoice/{order.number}/']")
    assert "22.840" in page.select_one(".order-totals__total").text
    # The address as the buyer typed it, its country named in Arabic as in the country list
    address = page.select_one(".order-summary address").get_text("\n")
    assert "عُمان" in address and "Oman" not in address


def test_the_thank_you_page_reads_the_database_a_bounded_number_of_times(
    shopper, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    buyer = shopper()
    for name in ("Khalid Al Rawahi", "Muna Al Siyabi"):  # four artisans, six lines in all
        artisan = make_artisan(name_en=name, wilayat_slug="bahla")
        for _ in range(2):
            buyer.add(make_product(artisan=artisan, price="5.000", weight_g=100))
    paid(buyer, django_capture_on_commit_callbacks)
    with django_assert_max_num_queries(16):  # 13 measured, whatever the number of artisans and lines
        assert buyer.client.get("/en/shop/checkout/thank-you/").status_code == 200


def test_the_confirmation_email_names_artisans_and_the_method_in_each_language(
    shopper, django_capture_on_commit_callbacks
):
    paid(shopper("en"), django_capture_on_commit_callbacks)
    html, _mime = mail.outbox[-1].alternatives[0]
    english, arabic = html.split('lang="ar"')
    assert "Aisha Al Harthi" in english and "Delivery (Oman)" in english
    assert "عائشة الحارثية" in arabic and "التوصيل (داخل عُمان)" in arabic and "Aisha Al Harthi" not in arabic


def test_a_wilayat_of_another_governorate_is_told_by_its_field_not_a_technical_error(shopper):
    buyer = shopper("ar")
    response = buyer.client.post("/ar/shop/checkout/shipping-address/", {**ADDRESS, "state": "Muscat"})
    page = soup(response)
    assert "بهلاء ليست من ولايات مسقط" in page.get_text() or "Bahla ليست من ولايات مسقط" in page.get_text()
    banner = page.select_one(".form-errors-summary")
    assert "خطأ فني" not in page.get_text()
    assert [a.text for a in banner.select("a")] == ["الولاية أو المدينة"]
    assert banner.select_one("a")["href"] == "#id_line4"


def test_a_checkout_form_error_banner_names_what_to_fix(stripe_settings, localstripe_url, pieces):
    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="ar"), "ar", localstripe_url)
    buyer.add(pieces[0])
    page = soup(buyer.client.post("/ar/shop/checkout/", {"username": "", "options": "anonymous"}))
    banner = page.select_one(".form-errors-summary")
    assert banner["role"] == "alert"
    assert [a["href"] for a in banner.select("a")] == ["#id_username"]


def test_an_account_page_is_headed_by_its_own_title_not_the_browser_tabs():
    client = Client()
    client.force_login(UserFactory())
    page = soup(client.get("/ar/shop/accounts/profile/"))
    assert page.select_one("h1").text.strip() == "الملف"
    assert page.select_one(".breadcrumb-item.active").text.strip() == "الملف"
    assert page.select_one("title").text.startswith("الملف | ")


def test_the_basket_is_step_1_of_the_checkout(shopper):
    page = soup(shopper().client.get("/en/shop/basket/"))
    bars = page.select(".checkout-steps")
    assert len(bars) == 1
    steps, current = step_bar(page)
    assert current == [steps[0]] and not page.select(".checkout-steps a")
    assert page.select_one("h1").text == "Cart"
