"""Oscar's dashboard formsets. Overridden: `StockRecordFormSet` (a craft piece has exactly one stock record, its
artisan's) and `ProductCategoryFormSet` (the craft is the category; more are optional)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue.formsets import *  # noqa: F403
from oscar.apps.dashboard.catalogue.formsets import ProductCategoryFormSet as OscarProductCategoryFormSet
from oscar.apps.dashboard.catalogue.formsets import StockRecordFormSet as OscarStockRecordFormSet


class StockRecordFormSet(OscarStockRecordFormSet):
    max_num = 1
    validate_max = True


class ProductCategoryFormSet(OscarProductCategoryFormSet):
    def clean(self):
        # Every craft piece already has its category: its craft (a required field of the product form). Oscar's
        # extra categories stay optional; a child product still may not have any.
        if self.instance.is_child and self.get_num_categories() > 0:
            raise forms.ValidationError(_("A child product should not have categories"))
