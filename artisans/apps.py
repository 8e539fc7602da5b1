from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArtisansConfig(AppConfig):
    """The national artisan registry: regions, artisans and outlets (the sellers), and registered design deposits."""

    name = "artisans"
    verbose_name = _("Artisan registry")
    default_auto_field = "django.db.models.BigAutoField"
