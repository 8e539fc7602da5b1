"""The authority's order roles, installed by `migrate` like the reviewers' group (moderation/roles.py).

Being staff lets a person into Oscar's dashboard; it says nothing about orders. These permissions do:

- `order.view_order`: every order in the dashboard (the list, its CSV, the statistics, an order's page, its lines),
  the order figures of the dashboard's home page, reports and customer pages, and any buyer's invoice;
- `order.change_order`: every write on an order (its status, its lines' statuses, shipping and payment events,
  notes, the shipping address);
- `payments.refund_payment`: refunds through the provider (a line from the order's page, the rest of a payment from
  the admin).

The order desk handles orders; finance sees them and refunds. Neither holds the other's write. Superusers hold all.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext_noop

from moderation.roles import install_group

VIEW_ORDERS = "order.view_order"
CHANGE_ORDERS = "order.change_order"
REFUND_PAYMENTS = "payments.refund_payment"

# Stored in English (group names are data); translated where the site names them.
ORDER_DESK_GROUP = gettext_noop("Authority order desk")
ORDER_DESK_PERMISSIONS = (("order", "view_order"), ("order", "change_order"))
FINANCE_GROUP = gettext_noop("Authority finance")
FINANCE_PERMISSIONS = (("order", "view_order"), ("payments", "refund_payment"))


def staff_may(user, *permissions: str) -> bool:
    """Whether `user` is active staff holding every one of `permissions`: the one rule for order pages outside
    Oscar's URL permissions (invoices, parts of other dashboard pages)."""
    return bool(user.is_active and user.is_staff and user.has_perms(permissions))


def install_order_roles(apps=global_apps) -> None:
    install_group(ORDER_DESK_GROUP, ORDER_DESK_PERMISSIONS, apps=apps)
    install_group(FINANCE_GROUP, FINANCE_PERMISSIONS, apps=apps)
