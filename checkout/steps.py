"""The checkout's steps as the buyer sees them in the step bar (templates/oscar/checkout/nav.html).

Hirfa's checkout has six steps: the basket, who the buyer is (signed in or a guest's e-mail), the delivery address,
the delivery method, the review where the order is placed, and the payment (the card is asked for after the order is
placed, on the payment page). Oscar's templates name their step by Oscar's numbering (0 gateway, 1 address, 2 method,
3 payment details, 4 preview, 5 confirmation); Hirfa's own templates name it by key.

When only one method serves the address, Oscar's method step chooses it and moves on; the step is then shown as done
and not offered as a link (there is nothing to choose). The method view notes this in the session."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

SINGLE_METHOD_SESSION_KEY = "checkout_single_shipping_method"

STEPS = (
    ("basket", _("Basket"), "basket:summary"),
    ("who", _("Your details"), "checkout:index"),
    ("address", _("Delivery address"), "checkout:shipping-address"),
    ("method", _("Delivery method"), "checkout:shipping-method"),
    ("review", _("Review and place order"), "checkout:preview"),
    ("pay", _("Pay"), None),
)
OSCAR_STEP_NUMBERS = {0: "who", 1: "address", 2: "method", 3: "review", 4: "review", 5: "pay"}


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    label: str
    state: str  # "done", "current" or "todo"
    url: str | None  # a done step the buyer can go back to

    @property
    def is_current(self) -> bool:
        return self.state == "current"


def remember_method_choice(session, *, offered: int) -> None:
    session[SINGLE_METHOD_SESSION_KEY] = offered == 1


def checkout_steps(current, *, session, signed_in: bool) -> list[Step]:
    """The six steps with their state for the step bar; `current` is a key or one of Oscar's step numbers."""
    key = OSCAR_STEP_NUMBERS.get(current, current) if isinstance(current, int) else str(current)
    keys = [k for k, _label, _url in STEPS]
    position = keys.index(key)
    single_method = bool(session.get(SINGLE_METHOD_SESSION_KEY))
    steps = []
    for index, (step_key, label, url_name) in enumerate(STEPS):
        state = "done" if index < position else "current" if index == position else "todo"
        # Once the order is placed (the payment step) there is no going back to change it.
        can_go_back = state == "done" and key != "pay" and url_name is not None
        if step_key == "method" and single_method:
            can_go_back = False
        if step_key == "who" and signed_in:
            can_go_back = False
        steps.append(
            Step(
                number=index + 1,
                key=step_key,
                label=str(label),
                state=state,
                url=reverse(url_name) if can_go_back else None,
            )
        )
    return steps
