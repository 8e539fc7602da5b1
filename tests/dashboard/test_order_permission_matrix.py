"""The orders permission matrix: every URL of Oscar's order dashboard (and the line refund added to it) and the
invoice URLs (HTML and PDF), each asked of every kind of account, with the exact answer each must get and, for
what is posted, the order left as it was by those refused.

Being staff lets a person into the dashboard and says nothing about orders: the order desk sees and changes orders,
finance sees them and refunds, superusers do everything; the insights analyst and other staff get 403 like buyers
and artisans; visitors are sent to sign in. The buyer who placed the order sees its invoice; nobody else does
without `order.view_order` (404).

The test also lists every URL under the order dashboard and every invoice URL, so a URL added there without being
in the matrix fails here."""

from decimal import Decimal

import pytest
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import get_resolver, reverse
from django.utils import translation
from oscar.core.loading import get_model

from insights.roles import ANALYSTS_GROUP
from ledger.models import LedgerEntry
from payments import order_status
from payments.models import Payment
from payments.roles import FINANCE_GROUP, ORDER_DESK_GROUP
from tests.factories import UserFactory, make_manager, make_staff
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")

SEE, CHANGE, REFUND, INVOICE = "see", "change", "refund", "invoice"
BUYER_NOTE = "The buyer asked for gift wrapping"
ADDRESS_LINE = "Way 3021, House 17"

# What each account may do; "visitor" is not signed in, "buyer" placed the order.
MAY = {
    "visitor": set(),
    "buyer": {INVOICE},
    "other buyer": set(),
    "artisan": set(),
    "analyst": set(),
    "staff": set(),
    "order desk": {SEE, CHANGE, INVOICE},
    "finance": {SEE, REFUND, INVOICE},
    "superuser": {SEE, CHANGE, REFUND, INVOICE},
}


@pytest.fixture
def world(stripe_settings, localstripe_url, two_artisans_products):
    """A paid order of two artisans' pieces, placed by a buyer's account, with a note the authority wrote."""
    from tests.payments.conftest import Buyer

    account = UserFactory(email="maryam@example.com")
    buyer = Buyer(Client(HTTP_ACCEPT_LANGUAGE="en"), "en", localstripe_url)
    buyer.client.force_login(account)
    place(buyer, *two_artisans_products)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    order = Order.objects.get()
    assert order.status == order_status.PAID and order.user == account
    note = order.notes.create(message=BUYER_NOTE, note_type="Info")
    return {
        "order": order,
        "line": order.lines.order_by("pk").first(),
        "note": note,
        "buyer": account,
        "artisan": two_artisans_products[0].artisan,
        "shipping_event": ShippingEventType.objects.create(name="Handed to the carrier"),
        "payment_event": PaymentEventType.objects.create(name="Settled"),
    }


def address_post(order) -> dict:
    data = model_to_dict(order.shipping_address)
    data = {key: str(value) for key, value in data.items() if value not in (None, "") and key != "id"}
    return {**data, "line1": "Stolen Way 1"}


def matrix(world: dict) -> list[tuple[str, str, dict, dict | None, str, int]]:
    """(method, url name, kwargs, data, what it needs, answer when allowed) for every order URL, in an order that
    lets an account allowed everything run it from top to bottom."""
    order, line, note = world["order"], world["line"], world["note"]
    n = {"number": order.number}
    line_form = {"selected_line": [line.pk], f"selected_line_qty_{line.pk}": "1"}
    return [
        ("get", "dashboard:order-list", {}, None, SEE, 200),
        ("get", "dashboard:order-list", {}, {"response_format": "csv"}, SEE, 200),
        (
            "post",
            "dashboard:order-list",
            {},
            {"action": "download_selected_orders", "selected_order": [order.pk]},
            SEE,
            200,
        ),
        (
            "post",
            "dashboard:order-list",
            {},
            {
                "action": "change_order_statuses",
                "selected_order": [order.pk],
                "new_status": order_status.PARTLY_SHIPPED,
            },
            CHANGE,
            302,
        ),
        ("get", "dashboard:order-stats", {}, None, SEE, 200),
        ("get", "dashboard:order-detail", n, None, SEE, 200),
        ("get", "dashboard:order-line-detail", {**n, "line_id": line.pk}, None, SEE, 200),
        ("get", "dashboard:order-detail-note", {**n, "note_id": note.pk}, None, CHANGE, 200),
        (
            "post",
            "dashboard:order-detail-note",
            {**n, "note_id": note.pk},
            {"order_action": "save_note", "message": "Edited"},
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {"order_action": "save_note", "message": "Called the buyer"},
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {"order_action": "change_order_status", "new_status": order_status.SHIPPED},
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {
                "order_action": "create_order_payment_event",
                "amount": "1.00",
                "payment_event_type": world["payment_event"].code,
            },
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {**line_form, "line_action": "change_line_statuses", "new_status": order_status.SHIPPED},
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {
                **line_form,
                "line_action": "create_shipping_event",
                "shipping_event_type": world["shipping_event"].code,
                "reference": "RR1234OM",
            },
            CHANGE,
            302,
        ),
        (
            "post",
            "dashboard:order-detail",
            n,
            {**line_form, "line_action": "create_payment_event", "payment_event_type": world["payment_event"].code},
            CHANGE,
            302,
        ),
        ("post", "dashboard:order-detail", n, {"order_action": "delete_note", "note_id": note.pk}, CHANGE, 302),
        ("get", "dashboard:order-shipping-address", n, None, CHANGE, 200),
        ("post", "dashboard:order-shipping-address", n, address_post(order), CHANGE, 302),
        (
            "post",
            "dashboard:order-line-refund",
            {**n, "line_pk": line.pk},
            {"amount": "1.000", "refunded_before": "0.000"},
            REFUND,
            302,
        ),
        ("get", "checkout:invoice", n, None, INVOICE, 200),
        ("get", "checkout:invoice-pdf", n, None, INVOICE, 302),
    ]


def order_url_names() -> set[str]:
    """Every named URL of the order dashboard (routes under dashboard/orders/) and every invoice URL."""
    names = set()
    resolver = get_resolver()
    for namespace, prefix in (("dashboard", "orders/"), ("checkout", "invoice/")):
        for name, entries in resolver.namespace_dict[namespace][1].reverse_dict.items():
            if isinstance(name, str) and entries[0][0][0].startswith(prefix):
                names.add(f"{namespace}:{name}")
    return names


def account(kind: str, world: dict) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    user = {
        "visitor": lambda: None,
        "buyer": lambda: world["buyer"],
        "other buyer": lambda: UserFactory(),
        "artisan": lambda: make_manager(world["artisan"]),
        "analyst": lambda: make_staff(ANALYSTS_GROUP),
        "staff": lambda: UserFactory(is_staff=True),
        "order desk": lambda: make_staff(ORDER_DESK_GROUP),
        "finance": lambda: make_staff(FINANCE_GROUP),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
    }[kind]()
    if user is not None:
        client.force_login(user)
    return client


def expected(kind: str, needs: str) -> str | int:
    """'allowed', 'login', 403 or 404 for an account of `kind` asking for what `needs`."""
    allowed = MAY[kind]
    if needs in allowed:
        return "allowed"
    if needs == INVOICE:  # an invoice that is not yours does not exist for you
        return 404
    return "login" if kind == "visitor" else 403


def assert_changed_only_by_those_allowed(kind: str, world: dict) -> None:
    order = Order.objects.get(pk=world["order"].pk)
    line = order.lines.get(pk=world["line"].pk)
    payment = Payment.objects.get()
    if CHANGE in MAY[kind]:
        assert order.status == order_status.SHIPPED and line.status == order_status.SHIPPED
        assert not OrderNote.objects.filter(message=BUYER_NOTE).exists()
        assert order.shipping_address.line1 == "Stolen Way 1"
        assert order.shipping_events.count() == 1 and order.payment_events.count() == 2
        assert order.notes.filter(message="Called the buyer").exists()
    else:
        assert order.status == order_status.PAID
        assert {line.status for line in order.lines.all()} == {order_status.PAID}
        assert list(order.notes.values_list("message", flat=True)) == [BUYER_NOTE]
        assert not order.shipping_events.exists() and not order.payment_events.exists()
        assert order.shipping_address.line1 == ADDRESS_LINE
    if REFUND in MAY[kind]:
        assert payment.amount_refunded == Decimal("1.000")
    else:
        assert payment.amount_refunded == 0
        assert not LedgerEntry.objects.filter(kind=LedgerEntry.Kind.REFUND).exists()


def test_the_matrix_covers_every_order_and_invoice_url(world):
    covered = {name for _method, name, _kwargs, _data, _needs, _answer in matrix(world)}
    assert order_url_names() == covered


@pytest.mark.parametrize("kind", list(MAY))
def test_each_account_gets_exactly_what_its_permissions_allow(kind, world):
    client = account(kind, world)
    for method, name, kwargs, data, needs, answer in matrix(world):
        with translation.override("en"):
            url = reverse(name, kwargs=kwargs)
        response = getattr(client, method)(url, data or {})
        outcome = expected(kind, needs)
        where = (kind, method, name, data and data.get("action", data.get("order_action", data.get("line_action"))))
        if outcome == "allowed":
            assert response.status_code == answer, (*where, response.status_code)
            if name == "checkout:invoice-pdf":  # handed out as a signed link to the private file
                assert response["Location"].startswith("/private/"), where
        elif outcome == "login":
            assert response.status_code == 302 and "/login/?next=" in response["Location"], where
        else:
            assert response.status_code == outcome, (*where, response.status_code)
            assert world["buyer"].email not in response.content.decode(errors="replace"), where
    assert_changed_only_by_those_allowed(kind, world)


def test_what_the_order_desk_and_finance_see_names_the_buyer(world):
    for kind in ("order desk", "finance"):
        client = account(kind, world)
        with translation.override("en"):
            csv = client.get(reverse("dashboard:order-list"), {"response_format": "csv"})
            page = client.get(reverse("dashboard:order-detail", kwargs={"number": world["order"].number}))
        assert csv["Content-Type"].startswith("text/csv") and world["buyer"].email in csv.content.decode()
        assert world["buyer"].email in page.content.decode()
