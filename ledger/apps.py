from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgerConfig(AppConfig):
    """What the marketplace owes each artisan: a ledger of paid lines, commissions and refunds, settled by period."""

    name = "ledger"
    verbose_name = _("Artisan ledger")
    default_auto_field = "django.db.models.BigAutoField"
