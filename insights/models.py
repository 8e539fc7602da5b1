"""The log of personal-data exports, and the two permissions that guard the authority's insights.

`view_insights` opens the dashboard: counts and sums only, never a person. `view_personal_data` shows, on top of
that, the artisans' register with birth years, gender, contact details and (masked) bank details, and lets its
holder export it; every such export is recorded here, and on the audit trail, whatever it contained.
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonalDataExport(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("exported by")
    )
    # What the export held: the register's filters as chosen, and how many artisans matched them.
    filters = models.JSONField(_("filters"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    row_count = models.PositiveIntegerField(_("rows"))

    class Meta:
        ordering = ["-at"]
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        default_permissions = ("view",)
        permissions = [
            ("view_insights", _("See the insights dashboard (counts and sums)")),
            ("view_personal_data", _("See and export artisans' personal data")),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user} ({self.row_count})"
