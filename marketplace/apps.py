from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    """The project package as an app: its templates, translations, template tags and management commands, and the
    background task queue (marketplace.tasks)."""

    name = "marketplace"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Marketplace")

    def ready(self) -> None:
        from marketplace.page_cache import connect_receivers

        connect_receivers()
