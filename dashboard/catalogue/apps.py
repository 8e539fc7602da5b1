import oscar.apps.dashboard.catalogue.apps as oscar_catalogue_dashboard_apps


class CatalogueDashboardConfig(oscar_catalogue_dashboard_apps.CatalogueDashboardConfig):
    """Forked for its forms: products need their artisan, craft, Arabic text and weight; prices 10-baisa steps."""

    name = "dashboard.catalogue"
