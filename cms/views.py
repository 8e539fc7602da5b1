"""The one content page that takes input: the contact page's form (`InfoPage.serve` hands it here)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.forms import ContactForm
from cms.services import contact_message_send
from marketplace.bilingual import active_language
from marketplace.rate_limits import rate_limit_usage, too_many_requests


def contact_page(request, page):
    form = ContactForm()
    if request.method == "POST":
        usage = rate_limit_usage(request, "contact")
        if usage and usage["should_limit"]:
            return too_many_requests(request, retry_after=usage["time_left"])
        form = ContactForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            contact_message_send(
                name=data["name"],
                email=data["email"],
                topic=data["topic"],
                order_number=data["order_number"],
                message=data["message"],
                language=active_language(),
            )
            messages.success(request, _("Thank you: your message has reached us. We answer by e-mail."))
            return redirect(page.url)
    context = page.get_context(request)
    context["contact_form"] = form
    return TemplateResponse(request, page.get_template(request), context)
