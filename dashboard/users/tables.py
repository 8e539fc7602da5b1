"""Oscar's table of customers (Oscar's `get_class` takes it from this module before its own) with a heading in the
reader's language for each column: Oscar's names some columns only by their attribute, which django-tables2 shows
in English ("Name", "Active")."""

from django.utils.translation import gettext_lazy as _
from django_tables2 import A, Column, LinkColumn
from oscar.apps.dashboard.users.tables import UserTable as OscarUserTable


class UserTable(OscarUserTable):
    email = LinkColumn("dashboard:user-detail", args=[A("id")], accessor="email", verbose_name=_("Email"))
    name = Column(accessor="get_full_name", order_by=("last_name", "first_name"), verbose_name=_("Name"))
    active = Column(accessor="is_active", verbose_name=_("Active"))
    staff = Column(accessor="is_staff", verbose_name=_("Staff"))
    date_registered = Column(accessor="date_joined", verbose_name=_("Date registered"))

    class Meta(OscarUserTable.Meta):
        pass
