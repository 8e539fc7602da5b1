"""The authority refunds a single order line, in full or in part, from the order's dashboard page; a repeated or
stale form never refunds twice; only finance (`payments.refund_payment`) refunds."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from ledger.selectors import line_refunded
from payments import order_status
from payments.models import Payment
from payments.roles import FINANCE_GROUP, ORDER_DESK_GROUP
from tests.factories import UserFactory, make_manager, make_staff
from tests.payments.test_reservations_and_refunds import paid_payment  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture
def staff():
    """The authority's finance desk: sees orders and refunds."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_staff(FINANCE_GROUP))
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


def test_only_finance_can_refund(paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    form = {"amount": "1.000", "refunded_before": "0.000"}
    # The order desk (which changes orders), staff without permissions, an artisan's manager (even of this line's
    # artisan), a buyer: refused; nobody signed in: sent to sign in
    refused = (
        make_staff(ORDER_DESK_GROUP),
        UserFactory(is_staff=True),
        make_manager(jar.stockrecord.product.artisan),
        UserFactory(),
    )
    for user in refused:
        client = Client()
        client.force_login(user)
        assert client.post(refund_url(jar), form).status_code == 403
    response = Client().post(refund_url(jar), form)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Payment.objects.get().amount_refunded == 0


def test_the_order_desk_sees_the_refunds_but_no_refund_form(paid_payment):  # noqa: F811
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_staff(ORDER_DESK_GROUP))
    html = client.get(order_url(paid_payment.order)).content.decode()
    assert "Refunds by line" in html and 'value="12.340"' not in html
    assert "Refunds are made by the “Authority finance” group." in html


def test_a_refund_without_the_csrf_token_is_refused(paid_payment):  # noqa: F811
    jar, _water_jar = lines()
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_staff(FINANCE_GROUP))
    assert client.post(refund_url(jar), {"amount": "1.000", "refunded_before": "0.000"}).status_code == 403
    assert Payment.objects.get().amount_refunded == 0


def test_finance_sees_the_order_read_only_beside_its_refund_forms(staff, paid_payment):  # noqa: F811
    html = staff.get(order_url(paid_payment.order)).content.decode()
    assert 'value="12.340"' in html  # the refund forms
    for action in ("change_order_status", "change_line_statuses", "save_note"):
        assert f'value="{action}"' not in html, action
    assert "shipping-address/" not in html
    assert "orders are changed by the “Authority order desk” group" in html


def test_the_order_desk_gets_the_forms_that_change_the_order(paid_payment):  # noqa: F811
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_staff(ORDER_DESK_GROUP))
    html = client.get(order_url(paid_payment.order)).content.decode()
    for action in ("change_order_status", "change_line_statuses", "save_note"):
        assert f'value="{action}"' in html, action
    assert "shipping-address/" in html and "read-only" not in html
