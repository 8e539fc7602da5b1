import oscar.apps.dashboard.shipping.apps as oscar_shipping_dashboard_apps


class ShippingDashboardConfig(oscar_shipping_dashboard_apps.ShippingDashboardConfig):
    """Forked for its forms: shipping charges are entered in OMR (3 decimals) in whole 10-baisa steps."""

    name = "dashboard.shipping"
