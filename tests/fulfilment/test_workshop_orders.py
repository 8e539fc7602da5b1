"""Orders split by artisan: each artisan sees and ships only their own part; the buyer follows each part."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from payments import order_status
from payments.models import Payment
from tests.factories import UserFactory, make_artisan, make_manager, make_product
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def paid_mixed_order(buyer, two_artisans_products):
    """A paid order with one piece from each of two artisans, each artisan with a manager account."""
    jar, water_jar = two_artisans_products
    place(buyer, jar, water_jar)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    order = Order.objects.get()
    assert order.status == order_status.PAID
    return order, (jar.artisan, make_manager(jar.artisan)), (water_jar.artisan, make_manager(water_jar.artisan))


def signed_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def orders_url(artisan, number=None):
    base = f"/en/workshop/{artisan.registry_number}/orders/"
    return f"{base}{number}/" if number else base


def test_an_artisan_sees_only_their_own_lines_of_a_mixed_order(paid_mixed_order):
    order, (potter, potter_user), (weaver, _weaver_user) = paid_mixed_order
    client = signed_in(potter_user)
    listing = client.get(orders_url(potter)).content.decode()
    assert order.number in listing and "Bahla clay incense burner" in listing and "Clay water jar" not in listing
    page = client.get(orders_url(potter, order.number))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Bahla clay incense burner" in html and "Way 3021, House 17" in html
    # Not the other artisan's piece, nor the order's total
    assert "Clay water jar" not in html and "19.840" not in html


@pytest.mark.parametrize(
    "url",
    [
        lambda order, mine, theirs: orders_url(theirs, order.number),  # another artisan's registry number
        lambda order, mine, theirs: orders_url(theirs),
        lambda order, mine, theirs: orders_url(mine, "999999"),  # an order that does not exist
    ],
    ids=["their-order", "their-list", "unknown"],
)
def test_an_artisan_cannot_reach_another_artisans_orders_by_any_url(paid_mixed_order, url):
    order, (potter, potter_user), (weaver, _) = paid_mixed_order
    assert signed_in(potter_user).get(url(order, potter, weaver)).status_code == 404


def test_an_artisan_cannot_open_an_order_with_nothing_of_theirs(paid_mixed_order):
    order, _potter, _weaver = paid_mixed_order
    stranger = make_artisan(name_en="Khalid Al Rawahi")
    client = signed_in(make_manager(stranger))
    assert client.get(orders_url(stranger, order.number)).status_code == 404
    assert client.post(orders_url(stranger, order.number), {"carrier": "own"}).status_code == 404


def test_a_buyer_or_a_stranger_cannot_open_the_workshop_orders(paid_mixed_order, client_en):
    order, (potter, _), _ = paid_mixed_order
    assert client_en.get(orders_url(potter)).status_code == 302  # to the login page
    assert signed_in(UserFactory()).get(orders_url(potter, order.number)).status_code == 404


def test_each_artisan_ships_their_part_and_the_order_follows(paid_mixed_order):
    order, (potter, potter_user), (weaver, weaver_user) = paid_mixed_order
    # When the potter ships their part
    response = signed_in(potter_user).post(
        orders_url(potter, order.number), {"carrier": "oman_post", "tracking_number": "RR123456789OM"}
    )
    assert response.status_code == 302
    order.refresh_from_db()
    # Then only their line is shipped, their stock is consumed, and the order is partly shipped
    assert order.status == order_status.PARTLY_SHIPPED
    statuses = {line.partner_id: line.status for line in order.lines.all()}
    assert statuses == {potter.partner_id: order_status.SHIPPED, weaver.partner_id: order_status.PAID}
    jar_stock = StockRecord.objects.get(partner=potter.partner)
    assert (jar_stock.num_in_stock, jar_stock.num_allocated) == (2, 0)
    # And shipping twice is refused
    potter_client = signed_in(potter_user)
    again = potter_client.post(orders_url(potter, order.number), {"carrier": "dhl", "tracking_number": "X1234"})
    assert "already marked" in potter_client.get(again["Location"]).content.decode()
    # When the weaver ships theirs, the whole order is shipped
    signed_in(weaver_user).post(orders_url(weaver, order.number), {"carrier": "own"})
    order.refresh_from_db()
    assert order.status == order_status.SHIPPED


@pytest.mark.parametrize(
    "data, error",
    [
        ({"carrier": "aramex", "tracking_number": ""}, "tracking number so the buyer"),
        ({"carrier": "aramex", "tracking_number": "<script>alert(1)</script>"}, "4 to 40 letters"),
        ({"carrier": "aramex", "tracking_number": "A" * 500}, "at most 40 characters"),
        ({"carrier": "pigeon", "tracking_number": "ABCD1234"}, "Select a valid choice"),
    ],
    ids=["missing", "hostile", "oversized", "unknown-carrier"],
)
def test_a_bad_shipment_form_says_why_and_ships_nothing(paid_mixed_order, data, error):
    order, (potter, potter_user), _ = paid_mixed_order
    response = signed_in(potter_user).post(orders_url(potter, order.number), data)
    assert response.status_code == 200 and error in response.content.decode()
    order.refresh_from_db()
    assert order.status == order_status.PAID


def test_the_shipment_form_speaks_arabic(paid_mixed_order):
    order, (potter, potter_user), _ = paid_mixed_order
    client = signed_in(potter_user)
    response = client.post(f"/ar/workshop/{potter.registry_number}/orders/{order.number}/", {"carrier": "aramex"})
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html and "رقم التتبع" in html


def test_the_orders_list_runs_a_bounded_number_of_queries(paid_mixed_order, buyer):
    order, (potter, potter_user), _ = paid_mixed_order
    client = signed_in(potter_user)
    client.get(orders_url(potter))  # warm the session and caches
    with CaptureQueriesContext(connection) as one_order:
        client.get(orders_url(potter))
    assert len(one_order) <= 12
    # More orders of theirs do not add queries
    for _ in range(3):
        buyer.add(make_product(artisan=potter, price="5.000", stock=2))
        buyer.fill_checkout()
        buyer.place_order()
    for payment in Payment.objects.filter(status=Payment.Status.AWAITING_BUYER):
        buyer.pay(payment)
        buyer.come_back(payment)
    assert Order.objects.filter(status=order_status.PAID).count() == 4
    with CaptureQueriesContext(connection) as four_orders:
        client.get(orders_url(potter))
    assert len(four_orders) == len(one_order)


def test_the_buyer_follows_each_artisans_part(paid_mixed_order):
    order, (potter, potter_user), _ = paid_mixed_order
    account = UserFactory()
    Order.objects.filter(pk=order.pk).update(user=account)
    signed_in(potter_user).post(
        orders_url(potter, order.number), {"carrier": "oman_post", "tracking_number": "RR1234OM"}
    )
    html = signed_in(account).get(f"/en/shop/accounts/orders/{order.number}/").content.decode()
    assert "Partly shipped" in html and "RR1234OM" in html and "Being prepared by the artisan" in html
    # Another buyer cannot see it
    assert signed_in(UserFactory()).get(f"/en/shop/accounts/orders/{order.number}/").status_code == 404


def test_the_authoritys_order_dashboard_is_closed_to_artisans(paid_mixed_order):
    from django.contrib.auth.models import Permission

    order, (potter, potter_user), _ = paid_mixed_order
    # Even with Oscar's partner dashboard access, which would show every artisan's lines and the totals
    potter_user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    client = signed_in(potter_user)
    for url in (f"/en/shop/dashboard/orders/{order.number}/", "/en/shop/dashboard/orders/"):
        response = client.get(url)
        assert response.status_code in (302, 403, 404)
        assert "Clay water jar" not in response.content.decode()


def test_artisans_refund_their_own_lines_only_when_the_authority_allows_it(paid_mixed_order, settings):
    from decimal import Decimal

    from ledger.selectors import artisan_balance

    order, (potter, potter_user), (weaver, _) = paid_mixed_order
    own_line = order.lines.get(partner=potter.partner)
    other_line = order.lines.get(partner=weaver.partner)
    client = signed_in(potter_user)
    refund_url = f"{orders_url(potter, order.number)}lines/{own_line.pk}/refund/"
    # Not allowed: nothing happens
    assert client.post(refund_url).status_code == 404
    settings.ARTISAN_REFUNDS_ALLOWED = True
    # Another artisan's line, by any URL, is not found
    assert client.post(f"{orders_url(potter, order.number)}lines/{other_line.pk}/refund/").status_code == 404
    assert client.post(f"{orders_url(weaver, order.number)}lines/{other_line.pk}/refund/").status_code == 404
    assert client.get(refund_url).status_code == 405
    # Their own: refunded through Stripe, their ledger reversed
    assert client.post(refund_url).status_code == 302
    assert Payment.objects.get().amount_refunded == Decimal("12.340")
    assert artisan_balance(potter) == 0
    own_line.refresh_from_db()
    assert own_line.status == order_status.REFUNDED
    assert StockRecord.objects.get(partner=potter.partner).num_allocated == 0  # not shipped: for sale again
    # Twice: refused with a message, nothing more refunded
    again = client.post(refund_url, follow=True)
    assert "already been made: nothing more was refunded" in again.content.decode()
    assert Payment.objects.get().amount_refunded == Decimal("12.340")


def test_the_arabic_workshop_names_the_pieces_in_arabic_whatever_the_buyers_language(paid_mixed_order):
    order, _potter, (weaver, weaver_user) = paid_mixed_order  # placed on the English pages
    client = Client()
    client.force_login(weaver_user)
    for url in (
        f"/ar/workshop/{weaver.registry_number}/orders/",
        f"/ar/workshop/{weaver.registry_number}/orders/{order.number}/",
    ):
        html = client.get(url).content.decode()
        assert "جحلة" in html and "Clay water jar" not in html
