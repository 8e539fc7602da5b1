from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """Wagtail content: the home page now; heritage stories and curated collections build on it."""

    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"
