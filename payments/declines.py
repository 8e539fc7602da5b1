"""What a buyer is told when their card is not charged, in their language. Providers explain a decline in English
(and Stripe advises against showing some reasons, such as suspected fraud, to the buyer), so the buyer sees a
sentence chosen from the decline's code; the provider's own words stay on the payment for the authority."""

from django.utils.translation import gettext as _


def decline_reason(code: str) -> str:
    reasons = {
        "insufficient_funds": _("the card does not have enough funds."),
        "expired_card": _("the card has expired."),
        "incorrect_cvc": _("the security code (CVC) is not right."),
        "invalid_cvc": _("the security code (CVC) is not right."),
        "incorrect_number": _("the card number is not right."),
        "invalid_expiry_month": _("the expiry date is not right."),
        "invalid_expiry_year": _("the expiry date is not right."),
        "processing_error": _("the bank could not process it. Try again in a moment."),
        "payment_intent_authentication_failure": _("the bank's security check (3-D Secure) was not completed."),
        "authentication_required": _("the bank asks for its security check (3-D Secure). Try again."),
        "card_velocity_exceeded": _("the card's limit has been reached."),
        "currency_not_supported": _("the card cannot pay in Omani rials."),
    }
    # Every other code (card_declined, do_not_honor, lost_card, fraudulent...) gets the same plain sentence.
    return reasons.get(code, _("the bank declined the card."))
