"""Oscar's shipping models. Overridden: `WeightBased`, which gains its name and description in Arabic (`name` and
`description` keep the English, as Oscar's other bilingual models in this project do), so a buyer reads a method in the
page's language. `OrderAndItemCharges` and `WeightBand` are Oscar's."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.abstract_models import AbstractWeightBased

from marketplace.bilingual import LocalizedText, localized_text


class WeightBased(AbstractWeightBased):
    name_ar = models.CharField(_("name in Arabic"), max_length=128, blank=True)
    description_ar = models.TextField(
        _("description in Arabic"), blank=True, help_text=_("How long delivery takes, as buyers read it.")
    )

    class Meta(AbstractWeightBased.Meta):
        app_label = "shipping"

    def localized_name(self, language: str | None = None) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name, language=language)

    def localized_description(self, language: str | None = None) -> LocalizedText:
        return localized_text(ar=self.description_ar, en=self.description, language=language)


from oscar.apps.shipping.models import *  # noqa: E402, F403 (Oscar's other shipping models, unchanged)
