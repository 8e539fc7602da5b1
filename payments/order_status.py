"""The order and line statuses of the marketplace, and the moves between them (Oscar's status pipelines).

Oscar stores statuses as text; these English values are the stored keys, shown translated. A status only moves
forward: a late or repeated notification from the payment provider can never take an order back.
"""

from django.utils.translation import gettext_lazy as _

PENDING_PAYMENT = "Pending payment"
PAID = "Paid"
CANCELLED = "Cancelled"
REFUNDED = "Refunded"

LABELS = {
    PENDING_PAYMENT: _("Pending payment"),
    PAID: _("Paid"),
    CANCELLED: _("Cancelled"),
    REFUNDED: _("Refunded"),
}

ORDER_PIPELINE = {
    PENDING_PAYMENT: (PAID, CANCELLED),
    PAID: (REFUNDED,),
    # A payment that succeeds after its reservation expired either takes the stock again (Paid) or is refunded.
    CANCELLED: (PAID, REFUNDED),
    REFUNDED: (),
}
LINE_PIPELINE = ORDER_PIPELINE
CASCADE = {PAID: PAID, CANCELLED: CANCELLED, REFUNDED: REFUNDED}
