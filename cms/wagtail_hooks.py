"""Wagtail admin hooks of the content app."""

from wagtail import hooks

from cms.choosers import artisan_chooser_viewset, product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_catalogue_choosers():
    """The product and artisan choosers of the content blocks and of the collection and event panels."""
    return [product_chooser_viewset, artisan_chooser_viewset]
