"""Stock held for a buyer who pays, released for one who does not; refunds through Stripe, never more than paid."""

from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model

from payments import order_status
from payments.models import Payment, RefundRequest
from payments.providers import get_provider
from payments.services import (
    RefundRefused,
    order_cancel_unpaid,
    payment_refund,
    payment_sync,
    reservations_expire,
)

from .test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def paid_payment(buyer, two_artisans_products):
    place(buyer, *two_artisans_products)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    payment.refresh_from_db()
    assert payment.status == Payment.Status.SUCCEEDED
    return payment


def test_an_abandoned_checkout_releases_its_stock_when_the_reservation_expires(buyer, two_artisans_products):
    jar = two_artisans_products[0]
    place(buyer, jar)
    assert StockRecord.objects.get(product=jar).num_allocated == 1
    # Nothing expires before its time
    assert reservations_expire() == 0
    # After it, the order is cancelled, its stock is back and the payment can no longer be made
    assert reservations_expire(now=timezone.now() + timedelta(minutes=31)) == 1
    assert Order.objects.get().status == order_status.CANCELLED
    assert StockRecord.objects.get(product=jar).num_allocated == 0
    assert get_provider().retrieve_intent(Payment.objects.get().reference).status == "canceled"
    page = buyer.client.get(f"/en/shop/checkout/pay/{Payment.objects.get().order.number}/")
    assert "no longer waiting for payment" in page.content.decode()


def test_the_expiry_command_reports_what_it_cancelled(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    Payment.objects.update(reserved_until=timezone.now() - timedelta(seconds=1))
    out = StringIO()
    call_command("expire_reservations", stdout=out)
    assert "1 unpaid orders cancelled" in out.getvalue()


def test_a_payment_after_the_reservation_expired_takes_the_stock_again_if_it_is_still_there(
    buyer, two_artisans_products
):
    jar = two_artisans_products[0]
    place(buyer, jar)
    payment = Payment.objects.get()
    buyer.pay(payment)  # paid at Stripe, but the site has not heard yet
    Payment.objects.update(reserved_until=timezone.now() - timedelta(seconds=1))
    # Expiry asks Stripe first, finds the payment succeeded, and records it instead of cancelling
    reservations_expire()
    assert Order.objects.get().status == order_status.PAID
    assert StockRecord.objects.get(product=jar).num_allocated == 1


def test_a_payment_for_stock_sold_meanwhile_is_refunded_automatically(buyer, two_artisans_products):
    jar = two_artisans_products[0]
    place(buyer, jar)
    payment = Payment.objects.get()
    # The buyer pays at Stripe, but the site cancelled the order first and the last piece went to someone else
    buyer.pay(payment)
    order_cancel_unpaid(payment.order)
    StockRecord.objects.filter(product=jar).update(num_in_stock=0)
    # When Stripe's word that the payment succeeded arrives
    outcome = payment_sync(payment=payment)
    # Then it is refunded in full at Stripe, and the order says so
    payment.refresh_from_db()
    assert outcome.note == "paid after the stock was sold: refunded"
    assert payment.amount_refunded == payment.amount
    assert get_provider().retrieve_intent(payment.reference).amount_refunded_baisa == 12340 + 1500
    assert Order.objects.get().status == order_status.REFUNDED
    assert RefundRequest.objects.get().status == RefundRequest.Status.DONE


def test_a_line_refund_then_the_rest(paid_payment):
    water_jar_line = Order.objects.get().lines.get(title="Clay water jar")
    payment_refund(payment=paid_payment, amount=Decimal("7.500"), key="line-2", line=water_jar_line)
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == Decimal("7.500")
    assert Order.objects.get().status == order_status.PAID
    payment_refund(payment=paid_payment, amount=Decimal("15.340"), key="rest")  # the other line and the shipping
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == paid_payment.amount == Decimal("22.840")
    assert Order.objects.get().status == order_status.REFUNDED


def test_a_line_cannot_be_refunded_beyond_its_price(paid_payment):
    water_jar_line = Order.objects.get().lines.get(title="Clay water jar")
    payment_refund(payment=paid_payment, amount=Decimal("5.000"), key="a", line=water_jar_line)
    with pytest.raises(RefundRefused):
        payment_refund(payment=paid_payment, amount=Decimal("2.510"), key="b", line=water_jar_line)


def test_a_partial_refund_must_name_its_line(paid_payment):
    with pytest.raises(RefundRefused):
        payment_refund(payment=paid_payment, amount=Decimal("1.000"), key="no-line")


@pytest.mark.parametrize("amount", ["7.510", "0.000", "-1.000"])
def test_a_line_refund_beyond_what_is_left_of_the_line_is_refused(paid_payment, amount):
    water_jar_line = Order.objects.get().lines.get(title="Clay water jar")  # 7.500
    with pytest.raises(RefundRefused) as refused:
        payment_refund(payment=paid_payment, amount=Decimal(amount), key="too-much", line=water_jar_line)
    assert "at most 7.500 rials" in str(refused.value)
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == 0 and not RefundRequest.objects.exists()


def test_a_refund_of_the_rest_must_be_the_whole_rest(paid_payment):
    with pytest.raises(RefundRefused) as refused:
        payment_refund(payment=paid_payment, amount=Decimal("19.850"), key="not-the-rest")
    assert "the whole rest of the payment: 22.840 rials" in str(refused.value)
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == 0 and not RefundRequest.objects.exists()


def test_reconciliation_finds_and_fixes_a_lost_webhook(buyer, two_artisans_products):
    place(buyer, two_artisans_products[0])
    buyer.pay(Payment.objects.get())  # Stripe took the money; no webhook, no return
    today = timezone.localdate().isoformat()
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("reconcile_payments", "--from", today, "--to", today, stdout=out)
    assert "ours awaiting_buyer" in out.getvalue() and "provider succeeded" in out.getvalue()
    out = StringIO()
    call_command("reconcile_payments", "--from", today, "--to", today, "--fix", stdout=out)
    assert "(fixed)" in out.getvalue()
    assert Order.objects.get().status == order_status.PAID
    out = StringIO()
    call_command("reconcile_payments", "--from", today, "--to", today, stdout=out)
    assert "0 differences" in out.getvalue()


def test_the_authority_refunds_the_rest_from_the_admin(paid_payment):
    from django.test import Client

    from tests.factories import UserFactory

    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = "/django-admin/payments/payment/"
    response = staff.post(url, {"action": "refund_the_rest", "_selected_action": [paid_payment.pk]}, follow=True)
    assert response.status_code == 200 and "22.840 rials refunded" in response.content.decode()
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == paid_payment.amount
    assert Order.objects.get().status == order_status.REFUNDED
    # A second click refunds nothing more
    again = staff.post(url, {"action": "refund_the_rest", "_selected_action": [paid_payment.pk]}, follow=True)
    assert "Only a paid order" in again.content.decode() or "at most 0.000" in again.content.decode()


def test_seeing_payments_in_the_admin_is_not_refunding_them(paid_payment):
    from django.contrib.auth.models import Permission
    from django.test import Client

    from payments.roles import FINANCE_GROUP
    from tests.factories import UserFactory, make_staff

    url = "/django-admin/payments/payment/"
    view_payment = Permission.objects.get(codename="view_payment")
    # Given staff who may see payments in the admin, without the refund permission
    clerk = UserFactory(is_staff=True)
    clerk.user_permissions.add(view_payment)
    client = Client()
    client.force_login(clerk)
    # The refund action is not offered, and posting it refunds nothing
    assert "refund_the_rest" not in client.get(url).content.decode()
    client.post(url, {"action": "refund_the_rest", "_selected_action": [paid_payment.pk]}, follow=True)
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == 0
    # Finance, given the admin's payments too, is offered the action and refunds
    finance = make_staff(FINANCE_GROUP)
    finance.user_permissions.add(view_payment)
    client.force_login(finance)
    assert "refund_the_rest" in client.get(url).content.decode()
    response = client.post(url, {"action": "refund_the_rest", "_selected_action": [paid_payment.pk]}, follow=True)
    assert "22.840 rials refunded" in response.content.decode()
    paid_payment.refresh_from_db()
    assert paid_payment.amount_refunded == paid_payment.amount
