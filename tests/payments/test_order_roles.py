"""The authority's order roles: `migrate` creates the order desk and finance groups with exactly their permissions,
and running it again puts back what is missing and takes away nothing the authority added."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from payments.roles import FINANCE_GROUP, ORDER_DESK_GROUP

pytestmark = pytest.mark.django_db


def permissions_of(name: str) -> set[str]:
    group = Group.objects.get(name=name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def test_migrate_creates_the_order_desk_with_exactly_its_permissions():
    assert permissions_of(ORDER_DESK_GROUP) == {"order.view_order", "order.change_order"}


def test_migrate_creates_finance_with_exactly_its_permissions():
    assert permissions_of(FINANCE_GROUP) == {"order.view_order", "payments.refund_payment"}


def test_the_refund_permission_is_a_permission_of_card_payments():
    permission = Permission.objects.get(codename="refund_payment")
    assert (permission.content_type.app_label, permission.content_type.model) == ("payments", "payment")
    assert permission.name == "Can refund a card payment"


def test_migrate_puts_back_a_missing_group_and_keeps_what_the_authority_added():
    Group.objects.filter(name=ORDER_DESK_GROUP).delete()
    Group.objects.get(name=FINANCE_GROUP).permissions.add(Permission.objects.get(codename="view_payment"))
    call_command("migrate", verbosity=0)
    assert permissions_of(ORDER_DESK_GROUP) == {"order.view_order", "order.change_order"}
    assert permissions_of(FINANCE_GROUP) == {"order.view_order", "payments.refund_payment", "payments.view_payment"}
