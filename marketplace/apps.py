from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    """The project package as an app: its templates, translations, template tags and management commands."""

    name = "marketplace"
    verbose_name = _("Marketplace")
