"""Card payments on one machine: localstripe (a stateful stand-in for Stripe's API, a locked dependency), completed
with the one step of Stripe.js that its browser script lacks, for `make demo` and the tests.

localstripe's script stands in for Stripe.js: its Card Element collects the card and its `confirmCardPayment`
answers 3-D Secure. But that `confirmCardPayment` only does the 3-D Secure step: Stripe.js's
`confirmCardPayment(clientSecret, {payment_method: {card}})` first creates the card's PaymentMethod and confirms
the PaymentIntent with it, from the browser, with the publishable key and the intent's client secret. This module
adds that confirmation, with the checks Stripe makes (a publishable key, the intent's own client secret, a state
that can be confirmed), to localstripe's server and script. The payment page therefore runs one script, the one
written for real Stripe.js (marketplace/static/hirfa/pay.js), against Stripe and against this stand-in.

Nothing here runs in production: `STRIPE_API_BASE` is Stripe's own address there.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

STRIPE_JS_PATH = "/js.stripe.com/v3/"

# Appended to localstripe's own script (see the file's header).
CONFIRM_SCRIPT = Path(__file__).with_name("local_stripe.js")


def _intent_id(path: str) -> str | None:
    parts = path.strip("/").split("/")
    if len(parts) == 4 and parts[:2] == ["v1", "payment_intents"] and parts[3] == "confirm":
        return parts[2]
    return None


def _error(status: int, kind: str, code: str, message: str, **extra):
    from aiohttp import web

    return web.json_response({"error": {"type": kind, "code": code, "message": message, **extra}}, status=status)


def confirm_from_browser(intent_id: str, data: dict):
    """What Stripe does for `POST /v1/payment_intents/:id/confirm` made by Stripe.js with the publishable key: check
    the client secret, create the card's payment method, confirm; a declined card answers 402 with the intent."""
    from aiohttp import web
    from localstripe.errors import UserError
    from localstripe.resources import PaymentIntent, PaymentMethod

    try:
        intent = PaymentIntent._api_retrieve(intent_id)
    except UserError:
        return _error(404, "invalid_request_error", "resource_missing", f"No such payment_intent: '{intent_id}'")
    if data.get("client_secret") != intent.client_secret:
        return _error(401, "invalid_request_error", "secret_mismatch", "The client secret does not match.")
    if intent.status not in ("requires_payment_method", "requires_confirmation"):
        return _error(
            400,
            "invalid_request_error",
            "payment_intent_unexpected_state",
            f"This PaymentIntent's status is {intent.status}, so it cannot be confirmed.",
            payment_intent=intent._export(),
        )
    method_data = data.get("payment_method_data") or {}
    try:
        method = PaymentMethod._api_create(
            type="card", card=method_data.get("card"), billing_details=method_data.get("billing_details") or None
        )
    except UserError:
        return _error(402, "card_error", "invalid_number", "Your card number is invalid.")
    # A new card after a declined one: the failed charge belongs to the earlier attempt.
    if intent.latest_charge is not None and intent.latest_charge.status == "failed":
        intent.latest_charge = None
    intent.payment_method = method.id
    try:
        intent._confirm(on_failure_now=intent._report_failure)
    except UserError as declined:
        details = declined.body.get("error", {})
        return _error(
            402,
            "card_error",
            details.get("code") or "card_declined",
            details.get("message") or "Your card was declined.",
            decline_code=details.get("code") or "card_declined",
            payment_intent=intent._export(),
        )
    return web.json_response(intent._export())


def build_app(*, webhook_url: str | None = None, webhook_secret: str = "", state_file: Path | None = None):
    """localstripe's aiohttp application with the browser confirmation; its webhook pointed at `webhook_url`; its
    objects kept in `state_file` (so that payments survive a restart of the demo), or only in memory."""
    from aiohttp import web
    from localstripe import resources, server
    from localstripe.webhooks import register_webhook

    store = resources.store
    if state_file is None:
        store.dump_to_disk = lambda: None
    else:
        state_file.parent.mkdir(parents=True, exist_ok=True)

        def dump_to_disk() -> None:
            with state_file.open("wb") as out:
                pickle.dump(dict(store), out, protocol=pickle.HIGHEST_PROTOCOL)

        store.dump_to_disk = dump_to_disk
        if state_file.exists():
            with state_file.open("rb") as saved:
                dict.update(store, pickle.load(saved))  # noqa: S301 (a file this process wrote)

    if webhook_url:
        register_webhook("hirfa", webhook_url, webhook_secret, None)

    script = (Path(server.__file__).with_name("localstripe-v3.js").read_text() + CONFIRM_SCRIPT.read_text()).encode()

    @web.middleware
    async def browser_calls(request, handler):
        if request.method == "GET" and request.path == STRIPE_JS_PATH:
            return web.Response(body=script, content_type="application/javascript")
        intent_id = _intent_id(request.path) if request.method == "POST" else None
        if intent_id:
            try:
                data = json.loads(await request.read() or b"{}")
            except ValueError:
                data = None
            if isinstance(data, dict) and str(data.get("key", "")).startswith("pk_"):
                return confirm_from_browser(intent_id, data)
        return await handler(request)

    app = server.app
    app.middlewares.insert(0, browser_calls)
    return app


def serve(*, host: str, port: int, **options) -> None:
    from aiohttp import web

    web.run_app(build_app(**options), host=host, port=port, print=None, access_log=None)


if __name__ == "__main__":
    # `python -m payments.local_stripe --port N`: the tests and the benchmarks start it this way (no webhook, nothing
    # kept on disk); the demo runs `manage.py local_stripe`, which knows the site's address and webhook secret.
    import argparse

    parser = argparse.ArgumentParser(description="The local stand-in for Stripe (see the module's docstring).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8420)
    parser.add_argument("--webhook-url", default=None)
    parser.add_argument("--webhook-secret", default="")
    arguments = parser.parse_args()
    serve(
        host=arguments.host,
        port=arguments.port,
        webhook_url=arguments.webhook_url,
        webhook_secret=arguments.webhook_secret,
    )
