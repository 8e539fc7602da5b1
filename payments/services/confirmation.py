"""The e-mail confirming a paid order, in both languages, the buyer's first."""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils import translation
from oscar.core.loading import get_class, get_model

from marketplace.mail import BODY_SEPARATOR, SUBJECT_SEPARATOR, email_subject

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")


def order_send_confirmation(order_id: int, language: str) -> None:
    """The bilingual order confirmation e-mail, once the payment is confirmed: the buyer's language first, then the
    other one. The plain-text part holds both one after the other; the HTML part holds both, each section with its
    own `lang` and direction, so Arabic reads right-to-left in any mail client. Both link to the order's status page
    (the account's order page, or for a guest the signed link Oscar gives)."""
    from django.contrib.sites.models import Site
    from django.template.loader import render_to_string
    from django.urls import reverse

    order = Order.objects.get(pk=order_id)
    dispatcher = OrderDispatcher(logger=logger)
    lines = list(order.lines.all())
    site = Site.objects.get_current()
    scheme = "http" if settings.DEBUG else "https"
    languages = [language, *[code for code, _name in settings.LANGUAGES if code != language]]
    rendered, sections = [], []
    for code in languages:
        with translation.override(code):
            if order.user_id:
                path = reverse("customer:order", kwargs={"order_number": order.number})
            else:
                kwargs = {"order_number": order.number, "hash": order.verification_hash()}
                path = reverse("customer:anon-order", kwargs=kwargs)
            context = {
                "user": order.user,
                "order": order,
                "lines": lines,
                "status_path": path,
                "status_url": f"{scheme}://{site.domain}{path}",
                "site": site,
            }
            rendered.append(dispatcher.dispatcher.get_messages(dispatcher.ORDER_PLACED_EVENT_CODE, context))
            sections.append(
                {
                    "language": code,
                    "direction": "rtl" if translation.get_language_bidi() else "ltr",
                    "html": render_to_string("hirfa/emails/order_confirmation_section.html", context),
                }
            )
    messages = dict(rendered[0])
    messages["subject"] = email_subject(SUBJECT_SEPARATOR.join(m["subject"].strip() for m in rendered))
    messages["body"] = BODY_SEPARATOR.join(m["body"].strip() for m in rendered)
    messages["html"] = render_to_string(
        "hirfa/emails/order_confirmation.html", {"sections": sections, "subject": messages["subject"]}
    )
    dispatcher.dispatch_order_messages(order, messages, dispatcher.ORDER_PLACED_EVENT_CODE)
