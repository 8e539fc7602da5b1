from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_order_roles(sender, **kwargs) -> None:
    from payments.roles import install_order_roles

    install_order_roles()


class PaymentsConfig(AppConfig):
    """Card payments for orders through a payment provider (Stripe now), provider webhooks and stock reservations;
    the authority's order roles (the order desk and finance, `roles.py`, installed by `migrate`)."""

    name = "payments"
    verbose_name = _("Payments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_install_order_roles, sender=self, dispatch_uid="payments-order-roles")
