"""Forms of the search app: the listing filters of the shop's pages and the parameters of the search API."""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.search.forms import *  # noqa: F403  Oscar's forms stay importable from this app.

from marketplace.money import BAISA_PER_RIAL, MoneyError, parse_omr
from search.selectors import MAX_PAGE_SIZE, MAX_RESULT_WINDOW, SORTS, SearchRequest

MAX_QUERY_LENGTH = 200
CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
REGISTRY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{2,31}$")


def clean_query_text(text: str) -> str:
    """Control characters and invisible formatting removed, spaces collapsed: a safe string to analyse."""
    visible = "".join(char for char in text if unicodedata.category(char)[0] != "C" or char in "\u200c\u200d")
    return " ".join(visible.split())


class BrowseFilterForm(forms.Form):
    """Filters and ordering for the shop's product list. Unknown or malformed values are ignored, never an error
    page."""

    SORT_CHOICES = [
        ("newest", _("Newest")),
        ("price-asc", _("Price: low to high")),
        ("price-desc", _("Price: high to low")),
    ]

    q = forms.CharField(label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH)
    craft = forms.CharField(required=False, max_length=40)
    governorate = forms.CharField(required=False, max_length=40)
    deposit = forms.BooleanField(label=_("Registered designs only"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=96)

    def filters(self) -> dict:
        """The valid filters only: a bad value in one field does not discard the others."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name != "page_size" and value not in (None, "", False)
        }

    def chosen_page_size(self) -> int | None:
        self.is_valid()
        return self.cleaned_data.get("page_size")


class MultipleCodesField(forms.Field):
    """A parameter that may be given several times (?craft=pottery&craft=woodwork), each a lower-case code."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        values = [v for v in (value or []) if v != ""]
        if len(values) > 20:
            raise forms.ValidationError(_("Too many values."))
        for item in values:
            if not CODE.match(item):
                raise forms.ValidationError(_("“%(value)s” is not a valid choice.") % {"value": item[:40]})
        return tuple(dict.fromkeys(values))


class SearchParametersForm(forms.Form):
    """The search API's parameters, checked: a bad value is a clear 400, never a 500 or a search for noise."""

    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, strip=False)
    page = forms.IntegerField(required=False, min_value=1)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)
    craft = MultipleCodesField(required=False)
    governorate = MultipleCodesField(required=False)
    material = MultipleCodesField(required=False)
    artisan = forms.RegexField(regex=REGISTRY, required=False, max_length=32)
    min_price = forms.CharField(required=False, max_length=20)
    max_price = forms.CharField(required=False, max_length=20)
    in_stock = forms.NullBooleanField(required=False, widget=forms.NullBooleanSelect)
    deposit = forms.BooleanField(required=False)
    sort = forms.ChoiceField(required=False, choices=[("", "")] + [(s, s) for s in SORTS])
    lang = forms.ChoiceField(required=False, choices=[("", ""), ("ar", "ar"), ("en", "en")])

    def __init__(self, data, *args, **kwargs):
        if hasattr(data, "getlist"):
            data = {**data.dict(), **{name: data.getlist(name) for name in ("craft", "governorate", "material")}}
        super().__init__(data, *args, **kwargs)
        self.fields["q"].error_messages["max_length"] = _(
            "The search is too long: use at most %(limit_value)d characters."
        )
        self.fields["page_size"].error_messages["max_value"] = _("page_size can be at most %(limit_value)s.")

    def clean_q(self) -> str:
        return clean_query_text(self.cleaned_data.get("q") or "")

    def _price_in_baisa(self, name: str) -> int | None:
        value = (self.cleaned_data.get(name) or "").strip()
        if not value:
            return None
        try:
            amount = parse_omr(value)
        except MoneyError as error:
            raise forms.ValidationError(error.message) from None
        if amount < 0:
            raise forms.ValidationError(_("A price cannot be negative."))
        return int(amount * BAISA_PER_RIAL)

    def clean_min_price(self) -> int | None:
        return self._price_in_baisa("min_price")

    def clean_max_price(self) -> int | None:
        return self._price_in_baisa("max_price")

    def clean(self):
        cleaned = super().clean()
        page, page_size = cleaned.get("page") or 1, cleaned.get("page_size") or 20
        if page * page_size > MAX_RESULT_WINDOW:
            self.add_error("page", _("This page is too far; narrow the search instead."))
        return cleaned

    def search_request(self, *, language: str) -> SearchRequest:
        data = self.cleaned_data
        return SearchRequest(
            q=data.get("q") or "",
            page=data.get("page") or 1,
            page_size=data.get("page_size") or 20,
            crafts=data.get("craft") or (),
            governorates=data.get("governorate") or (),
            materials=data.get("material") or (),
            artisan=data.get("artisan") or "",
            min_price_baisa=data.get("min_price"),
            max_price_baisa=data.get("max_price"),
            in_stock=data.get("in_stock"),
            deposit_only=bool(data.get("deposit")),
            sort=data.get("sort") or "",
            language=data.get("lang") or language,
        )

    def error_message(self) -> str:
        return " ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())
