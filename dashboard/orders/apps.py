import oscar.apps.dashboard.orders.apps as oscar_orders_dashboard_apps


class OrdersDashboardConfig(oscar_orders_dashboard_apps.OrdersDashboardConfig):
    """Forked for its permissions: Oscar lets a partner user with dashboard access open any order that has one of
    their lines, and its detail page then shows every artisan's lines, the totals and the addresses. Here the order
    dashboard is the authority's (staff) alone; artisans see their own part of an order in the workshop."""

    name = "dashboard.orders"

    def configure_permissions(self):
        super().configure_permissions()
        self.permissions_map = {name: (["is_staff"],) for name in self.permissions_map}
