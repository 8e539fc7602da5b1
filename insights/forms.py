"""The dashboard's period and the register's filters: choices only, from the reference data, so a hand-made URL
can ask for nothing else; a bad value is a form error the page shows in the reader's language."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from artisans.models import Artisan, Governorate, Wilayat
from catalogue.selectors import crafts
from insights.dashboard.period import DEFAULT_PERIOD, PERIOD_LABELS
from insights.dashboard.registry import AGE_BAND_LABELS
from marketplace.bilingual import localized_text


class PeriodForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"), choices=list(PERIOD_LABELS.items()), required=False)

    def clean_period(self) -> str:
        return self.cleaned_data["period"] or DEFAULT_PERIOD


def _named_choices(rows) -> list[tuple[str, str]]:
    return [("", _("All"))] + [(code, str(localized_text(ar=ar, en=en))) for code, ar, en in rows]


class RegisterFilterForm(forms.Form):
    governorate = forms.ChoiceField(label=_("Governorate"), required=False)
    wilayat = forms.ChoiceField(label=_("Wilayat"), required=False)
    craft = forms.ChoiceField(label=_("Craft"), required=False)
    seller_type = forms.ChoiceField(
        label=_("Seller type"), required=False, choices=[("", _("All")), *Artisan.SellerType.choices]
    )
    verification = forms.ChoiceField(
        label=_("Verification"), required=False, choices=[("", _("All")), *Artisan.Verification.choices]
    )
    working_time = forms.ChoiceField(
        label=_("Working time"),
        required=False,
        choices=[("", _("All")), ("full-time", _("Full time")), ("part-time", _("Part time or not recorded"))],
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        required=False,
        choices=[("", _("All")), *Artisan.Gender.choices, ("not-recorded", _("Not recorded"))],
    )
    age = forms.ChoiceField(label=_("Age"), required=False, choices=[("", _("All")), *AGE_BAND_LABELS.items()])

    def __init__(self, *args, personal: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["governorate"].choices = _named_choices(
            Governorate.objects.order_by("name_en").values_list("slug", "name_ar", "name_en")
        )
        self.fields["wilayat"].choices = _named_choices(
            Wilayat.objects.order_by("name_en").values_list("slug", "name_ar", "name_en")
        )
        self.fields["craft"].choices = _named_choices(crafts().values_list("code", "name_ar", "name"))
        if not personal:
            # Filtering by gender or age would tell who is a woman or how old someone is: not without the permission.
            del self.fields["gender"]
            del self.fields["age"]

    def chosen(self) -> dict[str, str]:
        """The filters that were set (for the page, the export's link and the export log)."""
        return {name: value for name, value in self.cleaned_data.items() if value}
