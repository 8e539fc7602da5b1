"""The authority refunds a single order line, in full or in part, from the order's dashboard page; a repeated or
stale form never refunds twice; only staff reach it."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from ledger.selectors import line_refunded
from payments import order_status
from payments.models import Payment
from tests.factories import UserFactory, make_manager
from tests.payments.test_reservations_and_refunds import paid_payment  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def staff():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(UserFactory(is_staff=True))
    return client


def order_url(order) -> str:
    with translation.override("en"):
        return reverse("dashboard:order-detail", kwargs={"number": order.number})


def refund_url(line) -> str:
    with translation.override("en"):
        return reverse("dashboard:order-line-refund", kwargs={"number": line.order.number, "line_pk": line.pk})


def lines():
    return list(Order.objects.get().lines.order_by("pk"))


def test_the_order_page_offers_a_refund_for_each_line(staff, paid_payment):  # noqa: F811
    html = staff.get(order_url(paid_payment.order)).content.decode()
    assert "Refunds by line" in html
    assert html.count('name="refunded_before"') == 2 and 'value="12.340"' in html and 'value="7.500"' in html


def test_the_authority_refunds_part_of_a_line_then_the_rest_of_it(staff, paid_payment):  # noqa: F811
    jar, water_jar = lines()
    # When the authority refunds 2.000 of the jar
    response = staff.post(refund_url(jar), {"amount": "2.000", "refunded_before": "0.000"}, follow=True)
    # Then the card gets 2.000 back, the artisan's ledger is reversed by as much, and the order is still paid
    assert "2.000 rials refunded" in response.content.decode()
    assert Payment.objects.get().amount_refunded == Decimal("2.000")
    assert line_refunded(jar) == Decimal("2.000") and line_refunded(water_jar) == 0
    assert Order.objects.get().status == order_status.PAID
    # And the page now offers what is left of the line
    assert 'value="10.340"' in response.content.decode()
    staff.post(refund_url(jar), {"amount": "10.340", "refunded_before": "2.000"})
    jar.refresh_from_db()
    assert line_refunded(jar) == Decimal("12.340") and jar.status == order_status.REFUNDED
    assert Payment.objects.get().amount_refunded == Decimal("12.340")


def test_the_same_form_sent_twice_refunds_once(staff, paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    form = {"amount": "2.000", "refunded_before": "0.000"}
    staff.post(refund_url(jar), form)
    again = staff.post(refund_url(jar), form, follow=True)
    assert "refunded meanwhile" in again.content.decode()
    assert Payment.objects.get().amount_refunded == Decimal("2.000")


@pytest.mark.parametrize(
    "amount, message",
    [
        ("12.350", "at most 12.340"),
        ("0", "more than zero"),
        ("-1", "more than zero"),
        ("1.255", "steps of 10 baisa"),
        ("abc", "not an amount in rials"),
        ("9" * 500, "at most 20 characters"),
        ("", "required"),
    ],
)
def test_a_bad_amount_is_refused_with_a_reason_and_refunds_nothing(staff, paid_payment, amount, message):  # noqa: F811
    jar, _water_jar = lines()
    response = staff.post(refund_url(jar), {"amount": amount, "refunded_before": "0.000"}, follow=True)
    assert message in response.content.decode()
    assert Payment.objects.get().amount_refunded == 0


def test_a_line_of_another_order_is_not_found(staff, paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    other = reverse("dashboard:order-line-refund", kwargs={"number": "999999", "line_pk": jar.pk})
    assert staff.post(other, {"amount": "1.000", "refunded_before": "0.000"}).status_code == 404


def test_only_staff_can_refund(paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    form = {"amount": "1.000", "refunded_before": "0.000"}
    # An artisan's manager (even of this line's artisan), a buyer, and nobody signed in
    for user in (make_manager(jar.stockrecord.product.artisan), UserFactory(), None):
        client = Client()
        if user:
            client.force_login(user)
        response = client.post(refund_url(jar), form)
        assert response.status_code in (302, 403) and "/login/" in response.get("Location", "/login/")
    assert Payment.objects.get().amount_refunded == 0


def test_a_refund_without_the_csrf_token_is_refused(paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(is_staff=True))
    assert client.post(refund_url(jar), {"amount": "1.000", "refunded_before": "0.000"}).status_code == 403
    assert Payment.objects.get().amount_refunded == 0
