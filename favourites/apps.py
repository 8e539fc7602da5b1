from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FavouritesConfig(AppConfig):
    """Pieces a buyer keeps (the heart), artisans they follow, and the weekly digest of those artisans' new pieces."""

    name = "favourites"
    verbose_name = _("Favourites and following")
    default_auto_field = "django.db.models.BigAutoField"
