import oscar.apps.dashboard.reports.apps as oscar_reports_dashboard_apps


class ReportsDashboardConfig(oscar_reports_dashboard_apps.ReportsDashboardConfig):
    """Forked for its permissions. Oscar shows every report (orders with the buyers' e-mails, buyers' spending,
    their baskets) to any staff account; here each report needs named permissions (`utils.py`), the form offers
    only those the account may run, and the page opens to staff who may run at least one."""

    name = "dashboard.reports"

    def configure_permissions(self):
        from .utils import GeneratorRepository

        self.permissions_map = {
            "reports-index": tuple(
                ["is_staff", *generator.permissions] for generator in GeneratorRepository.generators
            ),
        }
