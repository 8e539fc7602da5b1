import oscar.apps.dashboard.users.apps as oscar_users_dashboard_apps


class UsersDashboardConfig(oscar_users_dashboard_apps.UsersDashboardConfig):
    """Forked for its views: Oscar's customer pages (`auth.view_user`) also list each customer's orders and what
    they spent; here those appear only to staff who may see orders (`order.view_order`)."""

    name = "dashboard.users"
