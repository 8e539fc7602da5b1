import oscar.apps.dashboard.orders.apps as oscar_orders_dashboard_apps
from django.urls import path
from oscar.core.loading import get_class


class OrdersDashboardConfig(oscar_orders_dashboard_apps.OrdersDashboardConfig):
    """Forked for its permissions: Oscar lets a partner user with dashboard access open any order that has one of
    their lines, and its detail page then shows every artisan's lines, the totals and the addresses. Here the order
    dashboard is the authority's (staff) alone; artisans see their own part of an order in the workshop.

    Adds one view: the refund of a single line, in full or in part, from the order's page."""

    name = "dashboard.orders"

    def ready(self):
        super().ready()
        self.line_refund_view = get_class("dashboard.orders.views", "LineRefundView")

    def get_urls(self):
        urls = [
            path("<str:number>/lines/<int:line_pk>/refund/", self.line_refund_view.as_view(), name="order-line-refund")
        ]
        return super().get_urls() + self.post_process_urls(urls)

    def configure_permissions(self):
        super().configure_permissions()
        self.permissions_map = {name: (["is_staff"],) for name in [*self.permissions_map, "order-line-refund"]}
