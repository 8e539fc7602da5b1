"""Orders and buyers appear in more of Oscar's dashboard than its order pages: the home page's figures, the
navigation, the reports, the customers' pages, offers and vouchers. Staff without `order.view_order` (an insights
analyst, plain staff) see none of them; the order desk does. Every dashboard URL needs a named permission."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_model
from oscar.test.basket import add_product
from oscar.test.factories import ConditionalOfferFactory, VoucherFactory, create_order

from insights.roles import ANALYSTS_GROUP
from payments import order_status
from payments.roles import ORDER_DESK_GROUP
from tests.factories import UserFactory, make_product, make_staff

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")

BUYER_EMAIL = "maryam.buyer@example.com"
# URLs that need no permission of their own: the dashboard's door (staff, or Oscar's partner access) and signing
# in and out.
DOORS = {"index", "login", "logout"}


@pytest.fixture
def order():
    basket = Basket.objects.create()
    basket.strategy = Default()
    add_product(basket, product=make_product(price="12.340"))
    placed = create_order(basket=basket, user=UserFactory(email=BUYER_EMAIL))
    placed.status = order_status.PAID  # as the payment pipeline leaves it
    placed.save()
    return placed


def signed_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def staff_with(*permissions: str, groups=()):
    user = make_staff(*groups)
    for permission in permissions:
        app_label, codename = permission.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


def test_every_dashboard_url_needs_a_named_permission():
    unnamed = []
    for config in apps.get_app_configs():
        if not isinstance(config, OscarDashboardConfig):
            continue
        for pattern in config.urls[0]:
            name = getattr(pattern, "name", None)
            if not name or name in DOORS:
                continue
            permissions = config.get_permissions(name)
            alternatives = permissions if isinstance(permissions, tuple) else (permissions or [],)
            if not all(any("." in p for p in alternative) for alternative in alternatives):
                unnamed.append((config.label, name, permissions))
    assert unnamed == []


@pytest.mark.parametrize("groups", [(ANALYSTS_GROUP,), ()], ids=["analyst", "plain staff"])
def test_staff_who_may_not_see_orders_get_no_order_figures_on_the_dashboard_home(order, groups):
    response = signed_in(make_staff(*groups)).get(url("dashboard:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Total revenue" not in html and "Orders - All Time" not in html and "Total customers" not in html
    assert "shown only to the “Authority order desk” and “Authority finance” groups" in html
    assert "Total products" in html  # the rest of the page is still there
    assert response.context["shows_orders"] is False and "total_orders" not in response.context


def test_the_order_desk_sees_the_order_figures_on_the_dashboard_home(order):
    response = signed_in(make_staff(ORDER_DESK_GROUP)).get(url("dashboard:index"))
    html = response.content.decode()
    assert "Total revenue" in html and "Orders - All Time" in html and response.context["total_orders"] == 1


def test_the_dashboard_home_without_orders_reads_the_database_a_bounded_number_of_times(
    order, django_assert_max_num_queries
):
    client = signed_in(make_staff(ANALYSTS_GROUP))
    with django_assert_max_num_queries(10):
        assert client.get(url("dashboard:index")).status_code == 200


def test_the_dashboard_navigation_offers_orders_and_reports_only_to_those_who_may_see_them(order):
    orders, statistics, reports = (
        url("dashboard:order-list"),
        url("dashboard:order-stats"),
        url("dashboard:reports-index"),
    )
    for user in (make_staff(ANALYSTS_GROUP), UserFactory(is_staff=True)):
        html = signed_in(user).get(url("dashboard:index")).content.decode()
        assert f'href="{orders}"' not in html and f'href="{statistics}"' not in html and f'href="{reports}"' not in html
    html = signed_in(make_staff(ORDER_DESK_GROUP)).get(url("dashboard:index")).content.decode()
    assert f'href="{orders}"' in html and f'href="{statistics}"' in html and f'href="{reports}"' in html


def test_staff_who_may_run_no_report_get_no_reports_page():
    for user in (make_staff(ANALYSTS_GROUP), UserFactory(is_staff=True)):
        assert signed_in(user).get(url("dashboard:reports-index")).status_code == 403


def test_the_order_report_needs_order_view_order(order):
    # Given staff who may run the product report, but may not see orders
    client = signed_in(staff_with("analytics.view_productrecord"))
    page = client.get(url("dashboard:reports-index"))
    codes = {code for code, _label in page.context["form"].fields["report_type"].choices}
    assert codes == {"product_analytics"}
    # Asking for the order report anyway, as a page or as the CSV, gives neither
    for query in ({"report_type": "order_report"}, {"report_type": "order_report", "download": "on"}):
        response = client.get(url("dashboard:reports-index"), query)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
        assert BUYER_EMAIL not in response.content.decode() and "report_type" in response.context["form"].errors
    # The order desk gets the report, with the buyer
    desk = signed_in(make_staff(ORDER_DESK_GROUP))
    csv = desk.get(url("dashboard:reports-index"), {"report_type": "order_report", "download": "on"})
    assert csv["Content-Type"].startswith("text/csv") and BUYER_EMAIL in csv.content.decode()


def test_the_buyers_spending_report_needs_the_order_permission_too(order):
    def report_codes(*permissions, groups=()):
        page = signed_in(staff_with("analytics.view_productrecord", *permissions, groups=groups))
        form = page.get(url("dashboard:reports-index")).context["form"]
        return {code for code, _label in form.fields["report_type"].choices}

    assert "user_analytics" not in report_codes("auth.view_user", "analytics.view_userrecord")
    assert "user_analytics" in report_codes("auth.view_user", "analytics.view_userrecord", groups=(ORDER_DESK_GROUP,))


def test_the_customers_pages_show_no_orders_to_staff_who_may_not_see_orders(order):
    client = signed_in(staff_with("auth.view_user"))
    listing = client.get(url("dashboard:users-index")).content.decode()
    assert "Number of Orders" not in listing
    page = client.get(url("dashboard:user-detail", pk=order.user_id)).content.decode()
    assert BUYER_EMAIL in page  # the customer, yes
    assert f"{order.number}</a>" not in page and "Total spent" not in page
    assert "shown only to the “Authority order desk” and “Authority finance” groups" in page


def test_the_customers_pages_show_the_orders_to_the_order_desk(order):
    client = signed_in(staff_with("auth.view_user", groups=(ORDER_DESK_GROUP,)))
    assert "Number of Orders" in client.get(url("dashboard:users-index")).content.decode()
    page = client.get(url("dashboard:user-detail", pk=order.user_id)).content.decode()
    assert f"{order.number}</a>" in page and url("dashboard:order-detail", number=order.number) in page


def test_an_offers_and_a_vouchers_order_lists_need_order_view_order():
    offer, voucher = ConditionalOfferFactory(), VoucherFactory()
    offers_only = signed_in(staff_with("offer.view_conditionaloffer", "voucher.view_voucher"))
    assert offers_only.get(url("dashboard:offer-detail", pk=offer.pk)).status_code == 403
    assert offers_only.get(url("dashboard:voucher-stats", pk=voucher.pk)).status_code == 403
    assert offers_only.get(url("dashboard:offer-list")).status_code == 200
    with_orders = signed_in(
        staff_with("offer.view_conditionaloffer", "voucher.view_voucher", groups=(ORDER_DESK_GROUP,))
    )
    assert with_orders.get(url("dashboard:offer-detail", pk=offer.pk)).status_code == 200
    assert with_orders.get(url("dashboard:voucher-stats", pk=voucher.pk)).status_code == 200


def test_the_dashboard_home_says_in_arabic_who_sees_the_orders(order):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(make_staff(ANALYSTS_GROUP))
    with translation.override("ar"):
        html = client.get(reverse("dashboard:index")).content.decode()
    assert (
        "لا تظهر الطلبات والمشترون وأرقام المبيعات إلا لمجموعتي «مكتب الطلبات في الهيئة» و«الشؤون المالية في الهيئة»."
        in html
    )
