"""The order and line statuses of the marketplace, and the moves between them (Oscar's status pipelines).

Oscar stores statuses as text; these English values are the stored keys, shown translated. A status only moves
forward: a late or repeated notification from the payment provider can never take an order back.
"""

from django.utils.translation import gettext_lazy as _

PENDING_PAYMENT = "Pending payment"
PAID = "Paid"
CANCELLED = "Cancelled"
REFUNDED = "Refunded"
PARTLY_SHIPPED = "Partly shipped"  # some artisans of the order have shipped their part
SHIPPED = "Shipped"

LABELS = {
    PENDING_PAYMENT: _("Pending payment"),
    PAID: _("Paid"),
    CANCELLED: _("Cancelled"),
    REFUNDED: _("Refunded"),
    PARTLY_SHIPPED: _("Partly shipped"),
    SHIPPED: _("Shipped"),
}

ORDER_PIPELINE = {
    PENDING_PAYMENT: (PAID, CANCELLED),
    PAID: (PARTLY_SHIPPED, SHIPPED, REFUNDED),
    PARTLY_SHIPPED: (SHIPPED, REFUNDED),
    SHIPPED: (REFUNDED,),
    # A payment that succeeds after its reservation expired either takes the stock again (Paid) or is refunded.
    CANCELLED: (PAID, REFUNDED),
    REFUNDED: (),
}
# Lines move with their artisan's part: each artisan ships their own lines.
LINE_PIPELINE = {
    PENDING_PAYMENT: (PAID, CANCELLED),
    PAID: (SHIPPED, REFUNDED),
    SHIPPED: (REFUNDED,),
    CANCELLED: (PAID, REFUNDED),
    REFUNDED: (),
}
CASCADE = {PAID: PAID, CANCELLED: CANCELLED, REFUNDED: REFUNDED}
# Orders an artisan has to ship or has shipped.
PAID_STATUSES = (PAID, PARTLY_SHIPPED, SHIPPED)
