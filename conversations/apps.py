from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    """Buyers ask the maker before buying: questions, answers through the site (never an e-mail address or phone
    number passed on), the workshop's inbox, reports to the authority, and the link to an order that follows."""

    name = "conversations"
    verbose_name = _("Questions to artisans")
    default_auto_field = "django.db.models.BigAutoField"
