"""Oscar's table of categories (Oscar's `get_class` takes it from this module before its own) with a heading in the
reader's language on its actions column: Oscar's names that column only by its attribute, which django-tables2 shows
in English ("Actions")."""

from django.utils.translation import gettext_lazy as _
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue.tables import CategoryTable as OscarCategoryTable


class CategoryTable(OscarCategoryTable):
    actions = TemplateColumn(
        template_name="oscar/dashboard/catalogue/category_row_actions.html",
        orderable=False,
        verbose_name=_("Actions"),
    )

    class Meta(OscarCategoryTable.Meta):
        pass
