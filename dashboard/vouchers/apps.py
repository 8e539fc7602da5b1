import oscar.apps.dashboard.vouchers.apps as oscar_vouchers_dashboard_apps

from payments.roles import VIEW_ORDERS


class VouchersDashboardConfig(oscar_vouchers_dashboard_apps.VouchersDashboardConfig):
    """Forked for its permissions: a voucher's statistics page lists the orders that used it, so it also needs
    `order.view_order`."""

    name = "dashboard.vouchers"

    def configure_permissions(self):
        super().configure_permissions()
        self.permissions_map["voucher-stats"] = [*self.permissions_map["voucher-stats"], VIEW_ORDERS]
