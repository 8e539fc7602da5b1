import oscar.apps.dashboard.apps as oscar_dashboard_apps


class DashboardConfig(oscar_dashboard_apps.DashboardConfig):
    """Forked only so that its sub-app dashboard.catalogue can be forked (Oscar resolves it through this app)."""

    name = "dashboard"
