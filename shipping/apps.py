import oscar.apps.shipping.apps as oscar_shipping_apps


class ShippingConfig(oscar_shipping_apps.ShippingConfig):
    """Oscar's shipping, forked for a model and two classes: `models.WeightBased` has its name and description in
    Arabic too, `scales.Scale` weighs a product by its `weight_g` field, and `repository.Repository` offers the
    weight-banded methods (zones) configured in the dashboard for the shipping address's country, named in the page's
    language. The app's migrations start with Oscar's three, copied unchanged under their names."""

    name = "shipping"
