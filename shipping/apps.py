import oscar.apps.shipping.apps as oscar_shipping_apps


class ShippingConfig(oscar_shipping_apps.ShippingConfig):
    """Oscar's shipping, forked for two classes: `scales.Scale` weighs a product by its `weight_g` field, and
    `repository.Repository` offers the weight-banded methods (zones) configured in the dashboard for the shipping
    address's country. The models are Oscar's, unchanged, with Oscar's migrations (MIGRATION_MODULES)."""

    name = "shipping"
