"""Writes for card payments: start a payment for a pending order, record what the provider says happened (from the
buyer's return or a webhook, in any order, any number of times), refund, and release abandoned reservations.

Locking: stock records are locked in primary-key order (so two checkouts never deadlock), then a payment row, then
its order. Network calls to the provider happen outside those locks, except a refund, which holds its payment's
lock so that two refunds can never together exceed what was paid.

One module per thing acted on, and `__init__` names the services the checkout, the webhook, the worker,
the dashboard and the commands call, so callers keep writing `payments.services.payment_refund`:
- `stock.py`: locking stock and baskets for an order, and reserving or releasing the order's stock;
- `intents.py`: a payment: opening it at the provider, recording what the provider says happened, and the
  reservations that expire unpaid;
- `refunds.py`: refund requests, made at the provider and retried, and refunds made in the provider's dashboard;
- `webhooks.py`: the provider's events, handled once;
- `confirmation.py`: the e-mail that confirms a paid order;
- `reconciliation.py`: a period's payments compared with the provider's.
"""

from .confirmation import order_send_confirmation
from .intents import (
    Outcome,
    order_amount,
    order_cancel_unpaid,
    payment_intent_open,
    payment_record_intent,
    payment_record_opened,
    payment_sync,
    reservations_expire,
)
from .reconciliation import Difference, payments_reconcile
from .refunds import (
    REFUND_RETRY_FIRST_DELAY,
    REFUND_RETRY_LONGEST_DELAY,
    RefundRefused,
    payment_record_provider_refund,
    payment_refund,
    refund_request_execute,
    refunded_on_line,
    refunds_retry,
)
from .stock import OutOfStock, Shortage, basket_lock_for_order, basket_stock_lock, stock_lock
from .webhooks import webhook_handle

__all__ = [
    "Difference",
    "OutOfStock",
    "Outcome",
    "REFUND_RETRY_FIRST_DELAY",
    "REFUND_RETRY_LONGEST_DELAY",
    "RefundRefused",
    "Shortage",
    "basket_lock_for_order",
    "basket_stock_lock",
    "order_amount",
    "order_cancel_unpaid",
    "order_send_confirmation",
    "payment_intent_open",
    "payment_record_intent",
    "payment_record_opened",
    "payment_record_provider_refund",
    "payment_refund",
    "payment_sync",
    "payments_reconcile",
    "refund_request_execute",
    "refunded_on_line",
    "refunds_retry",
    "reservations_expire",
    "stock_lock",
    "webhook_handle",
]
