import oscar.apps.dashboard.offers.apps as oscar_offers_dashboard_apps

from payments.roles import VIEW_ORDERS


class OffersDashboardConfig(oscar_offers_dashboard_apps.OffersDashboardConfig):
    """Forked for its permissions: an offer's page lists (and downloads as CSV) the orders that used it, so it also
    needs `order.view_order`."""

    name = "dashboard.offers"

    def configure_permissions(self):
        super().configure_permissions()
        self.permissions_map["offer-detail"] = [*self.permissions_map["offer-detail"], VIEW_ORDERS]
