"""The artisan's orders, in the workshop: only their own part of each order, and marking it shipped."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from artisans.workshop_views import managed_artisan_or_404, workshop_closed

from . import selectors
from .forms import ShipmentForm
from .services import CannotShip, part_mark_shipped


@login_required
def workshop_orders(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    parts = selectors.artisan_order_parts(artisan=artisan)
    return render(request, "fulfilment/workshop/orders.html", {"artisan": artisan, "parts": parts})


@login_required
@require_http_methods(["GET", "POST"])
def workshop_order(request, registry_number: str, number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    part = selectors.artisan_order_part(artisan=artisan, number=number)
    if part is None:
        raise Http404
    form = ShipmentForm(request.POST or None)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    if request.method == "POST" and form.is_valid():
        try:
            part_mark_shipped(
                artisan=artisan,
                order=part.order,
                carrier=form.cleaned_data["carrier"],
                tracking_number=form.cleaned_data["tracking_number"],
                user=request.user,
            )
        except CannotShip as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Marked shipped. The buyer can now follow the parcel."))
        return redirect("fulfilment:workshop-order", registry_number=registry_number, number=number)
    from django.conf import settings

    context = {"artisan": artisan, "part": part, "form": form, "refunds_allowed": settings.ARTISAN_REFUNDS_ALLOWED}
    return render(request, "fulfilment/workshop/order.html", context)


@login_required
@require_http_methods(["POST"])
def workshop_line_refund(request, registry_number: str, number: str, line_pk: int):
    """An artisan refunds one of their own lines in full, when the authority allows artisans to refund
    (ARTISAN_REFUNDS_ALLOWED); the money goes back through Stripe and the artisan's ledger is reversed."""
    from django.conf import settings

    from payments.models import RefundRequest
    from payments.providers.base import ProviderError
    from payments.selectors import paid_payment_of
    from payments.services import RefundRefused, payment_refund

    artisan = managed_artisan_or_404(request, registry_number)
    if not artisan.is_verified:
        return workshop_closed(request, artisan)
    part = selectors.artisan_order_part(artisan=artisan, number=number)
    line = next((line for line in part.lines if line.pk == line_pk), None) if part else None
    if line is None or not settings.ARTISAN_REFUNDS_ALLOWED:
        raise Http404
    payment = paid_payment_of(part.order)
    if payment is None:
        raise Http404
    try:
        refund = payment_refund(
            payment=payment,
            amount=line.line_price_incl_tax,
            key=f"line-{line.pk}-full",
            line=line,
            reason=RefundRequest.Reason.ARTISAN,
            requested_by=request.user,
        )
    except (RefundRefused, ProviderError) as error:
        messages.error(request, str(error))
    else:
        if refund.status == RefundRequest.Status.DONE:
            messages.success(request, _("Refunded. The buyer gets the money back on their card."))
        else:
            messages.warning(
                request,
                _("The card payment service did not answer: the refund is kept and will be made automatically."),
            )
    return redirect("fulfilment:workshop-order", registry_number=registry_number, number=number)
