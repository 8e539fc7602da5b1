from django.core.management.base import BaseCommand

from payments.services import reservations_expire


class Command(BaseCommand):
    help = "Cancel orders whose buyer did not pay within CHECKOUT_RESERVATION_MINUTES and give their stock back."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"{reservations_expire()} unpaid orders cancelled")
