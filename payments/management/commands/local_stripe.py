from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from payments.local_stripe import serve


class Command(BaseCommand):
    help = (
        "Run the local stand-in for Stripe (localstripe with Stripe.js's card confirmation) at STRIPE_API_BASE, "
        "sending its webhooks to this site. For `make demo` and development only: it refuses to run when "
        "STRIPE_API_BASE is Stripe's own address."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--site",
            default="http://127.0.0.1:8000",
            help="the address this site is served at; webhooks go to its /payments/stripe/webhook/",
        )
        parser.add_argument("--in-memory", action="store_true", help="keep nothing on disk (tests)")

    def handle(self, *args, site: str, in_memory: bool, **options) -> None:
        address = urlsplit(settings.STRIPE_API_BASE)
        if address.hostname not in ("127.0.0.1", "localhost", "::1") or not address.port:
            raise CommandError(f"STRIPE_API_BASE is {settings.STRIPE_API_BASE}, not a local address: nothing to run")
        from django.urls import reverse

        webhook_url = site.rstrip("/") + reverse("payments:stripe-webhook")
        self.stdout.write(f"Local card payments at {settings.STRIPE_API_BASE}; webhooks to {webhook_url}")
        serve(
            host=address.hostname,
            port=address.port,
            webhook_url=webhook_url,
            webhook_secret=settings.STRIPE_WEBHOOK_SECRET,
            state_file=None if in_memory else settings.BASE_DIR / ".local-stripe" / "state.pickle",
        )
