"""The payment provider's webhook. It is not a page: no CSRF token (the provider's signature is the proof), no
language prefix, and a small body limit."""

import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .providers.base import BadSignature, MalformedEvent, ProviderError
from .services import webhook_handle

logger = logging.getLogger(__name__)

MAX_WEBHOOK_BYTES = 256 * 1024


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        length = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return HttpResponseBadRequest("bad Content-Length")
    if length > MAX_WEBHOOK_BYTES:
        return HttpResponse("payload too large", status=413)
    payload = request.body
    if len(payload) > MAX_WEBHOOK_BYTES:
        return HttpResponse("payload too large", status=413)
    try:
        outcome = webhook_handle(payload=payload, signature=request.headers.get("Stripe-Signature", ""))
    except BadSignature:
        logger.warning("Stripe webhook with a bad or missing signature refused")
        return HttpResponseBadRequest("bad signature")
    except MalformedEvent as error:
        logger.error("Stripe webhook signed but not a usable event: %s", error)
        return HttpResponseBadRequest("not a usable event")
    except ProviderError:
        # Not applied, so not marked handled: a non-2xx answer makes Stripe deliver the event again later.
        logger.exception("Stripe webhook could not be applied")
        return HttpResponse("try again", status=503)
    return HttpResponse(outcome, content_type="text/plain")
