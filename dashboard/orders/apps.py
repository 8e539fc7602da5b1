import oscar.apps.dashboard.orders.apps as oscar_orders_dashboard_apps
from django.urls import path
from oscar.core.loading import get_class

from payments.roles import CHANGE_ORDERS, REFUND_PAYMENTS, VIEW_ORDERS

# Staff opens the dashboard; the named permission says what may be done in it.
_SEE = ["is_staff", VIEW_ORDERS]
_CHANGE = [*_SEE, CHANGE_ORDERS]
_REFUND = [*_SEE, REFUND_PAYMENTS]


class OrdersDashboardConfig(oscar_orders_dashboard_apps.OrdersDashboardConfig):
    """Forked for its permissions. Oscar lets a partner user with dashboard access open any order that has one of
    their lines, and its detail page then shows every artisan's lines, the totals and the addresses: here artisans
    see their own part of an order in the workshop, and the order dashboard needs named permissions
    (payments/roles.py): `order.view_order` to see, `order.change_order` to change (the writes posted to an
    order's page and to the list are checked again in `views.py`, since one URL both shows and changes),
    `payments.refund_payment` to refund.

    Adds one view: the refund of a single line, in full or in part, from the order's page."""

    name = "dashboard.orders"
    default_permissions = _CHANGE  # a URL Oscar adds later is closed to all but those who may change orders

    def ready(self):
        super().ready()
        self.line_refund_view = get_class("dashboard.orders.views", "LineRefundView")

    def get_urls(self):
        urls = [
            path("<str:number>/lines/<int:line_pk>/refund/", self.line_refund_view.as_view(), name="order-line-refund")
        ]
        return super().get_urls() + self.post_process_urls(urls)

    def configure_permissions(self):
        self.permissions_map = {
            "order-list": _SEE,
            "order-stats": _SEE,
            "order-detail": _SEE,
            "order-detail-note": _CHANGE,
            "order-line-detail": _SEE,
            "order-shipping-address": _CHANGE,
            "order-line-refund": _REFUND,
        }
