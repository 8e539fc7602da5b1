from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_insights_roles(sender, **kwargs) -> None:
    from insights.roles import install_insights_roles

    install_insights_roles()


class InsightsConfig(AppConfig):
    """The registry and the sales in numbers: the public figures page and the authority's insights dashboard."""

    name = "insights"
    verbose_name = _("Insights")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_install_insights_roles, sender=self, dispatch_uid="insights-roles")
