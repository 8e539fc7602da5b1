"""Every page of Oscar's dashboard is in Arabic on /ar/ (issue 18, part 5).

The pages walked are every dashboard URL the URL resolver knows, so that a page added later (ours or a newer
Oscar's) is walked too: the argument-less ones as they are, the others with an object made for them. A dashboard URL
that is neither walked nor skipped for a stated reason fails the test, which then asks for its object.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.test import Client
from django.urls import reverse
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories
from oscar.test.basket import add_product

from tests.factories import UserFactory, make_product
from tests.page_checks import english_ui_strings_in
from tests.urls import argument_names, named_url_patterns

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Range = get_model("offer", "Range")
CommunicationEventType = get_model("communication", "CommunicationEventType")
OrderNote = get_model("order", "OrderNote")

# Dashboard URLs that are actions rather than pages a reader reads, by name and the names of their arguments.
SKIPPED = {
    ("dashboard:logout", ()): "an action: logs out (POST)",
    ("dashboard:catalogue-product-lookup", ()): "JSON for the product pickers' autocomplete",
    ("dashboard:catalogue-product-bulk-action", ()): "an action: the product list's bulk form posts to it",
    ("dashboard:catalogue-product-create", ()): "a redirect to the create form of the product type chosen (walked)",
    ("dashboard:user-password-reset", ("pk",)): "an action: sends a password reset e-mail (POST only)",
    ("dashboard:user-alert-delete", ("pk",)): "an action: Oscar's view deletes the alert on POST and has no page",
    ("dashboard:partner-user-link", ("partner_pk", "user_pk")): "an action: links a user to a partner (POST only)",
    ("dashboard:partner-user-unlink", ("partner_pk", "user_pk")): "an action: unlinks a user from a partner (POST)",
    ("dashboard:range-reorder", ("pk",)): "an action: the range's products' order, posted by JavaScript",
    ("dashboard:voucher-set-download", ("pk",)): "a download: the set's codes as CSV",
    ("dashboard:order-line-refund", ("line_pk", "number")): "an action: refunds an order line (POST only)",
    # Buyers' reviews are decided in the authority's reviews tab (catalogue/reviews/, walked by its own Arabic tests);
    # Oscar's review pages only send a reviewer there (tests/dashboard/test_reviews_dashboard.py).
    ("dashboard:reviews-list", ()): "a redirect to the authority's reviews tab",
    ("dashboard:reviews-update", ("pk",)): "a redirect to the review in the authority's reviews tab",
    ("dashboard:reviews-delete", ("pk",)): "a redirect to the authority's reviews tab",
}

# What a page shows in English on purpose: the objects' data (Oscar's factories' shipping method and usernames, an
# English craft description) and the e-mail templates' variables the authority types as they are (`{{ order.number }}`).
# Usernames are added when the walk starts: the factories number them in the order the tests run.
TYPED = ("Free shipping", "Order placed", "The curved Omani dagger and its", "{{ order.number }}")


@pytest.fixture
def objects():
    """One object of every kind a dashboard page shows, in Arabic where a page shows its name, and the arguments of
    the URLs that take some: by the set of argument names and the URL's name for a single `pk`, by name otherwise."""
    authority = UserFactory(is_staff=True, is_superuser=True)
    product = make_product()
    partner = product.stockrecords.get().partner
    partner.users.add(authority)
    basket = Basket.objects.create()
    basket.strategy = Default()
    add_product(basket, product=product)
    order = oscar_factories.create_order(
        basket=basket, user=authority, shipping_address=oscar_factories.ShippingAddressFactory(line4="مسقط")
    )
    note = OrderNote.objects.create(order=order, user=authority, message="Wrapped in cloth.")
    category = oscar_factories.CategoryFactory(name="فخار")
    product_class = oscar_factories.ProductClassFactory()
    option_group = oscar_factories.AttributeOptionGroupFactory()
    oscar_factories.AttributeOptionFactory(group=option_group, option="أحمر")
    option = oscar_factories.OptionFactory(name="نقش الاسم")
    alert = oscar_factories.ProductAlertFactory(product=product, user=authority)
    page = FlatPage.objects.create(url="/hayah/", title="عن الهيئة", content="…")
    page.sites.add(Site.objects.get_current())
    offer = oscar_factories.ConditionalOfferFactory(name="عرض العيد")
    product_range = offer.condition.range
    # The customer's page lists their reviews: one is there, so the list (not only its empty message) is walked.
    oscar_factories.ProductReviewFactory(product=product, user=authority)
    voucher = oscar_factories.VoucherFactory()
    voucher.offers.add(oscar_factories.ConditionalOfferFactory(name="قسيمة العيد", offer_type="Voucher"))
    voucher_set = oscar_factories.VoucherSetFactory(name="قسائم الافتتاح", count=2)
    comms = CommunicationEventType.objects.create(code="ORDER_PLACED", name="Order placed", category="Order related")
    method = oscar_factories.create_shipping_weight_based()
    band = oscar_factories.create_shipping_weight_band(upper_limit=1, charge="1.000", weight_based=method)
    line = order.lines.first()
    parent = make_product(sku="TS-PAR-00001")
    parent.stockrecords.all().delete()  # a product with stock cannot take variants
    for number, named in enumerate(Range.objects.all()):  # the factories' ranges, named "Range 0" etc.
        named.name = f"نطاق {number}"
        named.save()
    return {
        "authority": authority,
        "arguments": {
            frozenset({"pk"}): {
                "dashboard:catalogue-product": product.pk,
                "dashboard:catalogue-product-delete": product.pk,
                "dashboard:catalogue-category-detail-list": category.pk,
                "dashboard:catalogue-category-update": category.pk,
                "dashboard:catalogue-category-delete": category.pk,
                "dashboard:catalogue-class-update": product_class.pk,
                "dashboard:catalogue-class-delete": product_class.pk,
                "dashboard:catalogue-attribute-option-group-update": option_group.pk,
                "dashboard:catalogue-attribute-option-group-delete": option_group.pk,
                "dashboard:catalogue-option-update": option.pk,
                "dashboard:catalogue-option-delete": option.pk,
                "dashboard:user-detail": authority.pk,
                "dashboard:user-alert-update": alert.pk,
                "dashboard:page-update": page.pk,
                "dashboard:page-delete": page.pk,
                "dashboard:partner-manage": partner.pk,
                "dashboard:partner-delete": partner.pk,
                "dashboard:offer-metadata": offer.pk,
                "dashboard:offer-condition": offer.pk,
                "dashboard:offer-benefit": offer.pk,
                "dashboard:offer-restrictions": offer.pk,
                "dashboard:offer-delete": offer.pk,
                "dashboard:offer-detail": offer.pk,
                "dashboard:range-update": product_range.pk,
                "dashboard:range-delete": product_range.pk,
                "dashboard:range-products": product_range.pk,
                "dashboard:voucher-update": voucher.pk,
                "dashboard:voucher-delete": voucher.pk,
                "dashboard:voucher-stats": voucher.pk,
                "dashboard:voucher-set-update": voucher_set.pk,
                "dashboard:voucher-set-detail": voucher_set.pk,
                "dashboard:voucher-set-delete": voucher_set.pk,
                "dashboard:shipping-method-detail": method.pk,
                "dashboard:shipping-method-edit": method.pk,
                "dashboard:shipping-method-delete": method.pk,
            },
        },
        "kwargs": {
            "dashboard:catalogue-product-create": {"product_class_slug": product.product_class.slug},
            "dashboard:catalogue-product-create-child": {"parent_pk": parent.pk},
            "dashboard:catalogue-category-create-child": {"parent": category.pk},
            "dashboard:order-detail": {"number": order.number},
            "dashboard:order-detail-note": {"number": order.number, "note_id": note.pk},
            "dashboard:order-line-detail": {"number": order.number, "line_id": line.pk},
            "dashboard:order-shipping-address": {"number": order.number},
            "dashboard:partner-user-create": {"partner_pk": partner.pk},
            "dashboard:partner-user-select": {"partner_pk": partner.pk},
            "dashboard:partner-user-update": {"partner_pk": partner.pk, "user_pk": authority.pk},
            "dashboard:comms-update": {"slug": comms.code},
            "dashboard:shipping-method-band-edit": {"method_pk": method.pk, "pk": band.pk},
            "dashboard:shipping-method-band-delete": {"method_pk": method.pk, "pk": band.pk},
        },
        "product_range": product_range,
    }


def url_arguments(name: str, arguments: frozenset[str], objects) -> dict | None:
    if not arguments:
        return {}
    if name in objects["kwargs"] and frozenset(objects["kwargs"][name]) == arguments:
        return objects["kwargs"][name]
    if arguments in objects["arguments"] and name in objects["arguments"][arguments]:
        (argument,) = arguments
        return {argument: objects["arguments"][arguments][name]}
    return None


def start_a_new_offer(client: Client, product_range) -> None:
    """The new offer wizard's later steps open only once the earlier ones are posted (Oscar keeps them in the
    session until the last)."""
    steps = (
        ("dashboard:offer-metadata", {"name": "عيد الفطر", "description": "", "offer_type": "Site"}),
        ("dashboard:offer-benefit", {"range": product_range.pk, "type": "Percentage", "value": 10}),
        ("dashboard:offer-condition", {"range": product_range.pk, "type": "Count", "value": 2}),
    )
    for name, data in steps:
        response = client.post("/ar" + reverse(name)[3:], data)
        assert response.status_code == 302, (name, response.content.decode()[:2000])


def test_every_dashboard_page_is_in_arabic(objects):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(objects["authority"])
    start_a_new_offer(client, objects["product_range"])
    english, not_walked, not_shown, walked = [], [], [], []
    typed = (*TYPED, *get_user_model().objects.values_list("username", flat=True))
    for name, pattern in named_url_patterns():
        if name.split(":")[0] != "dashboard":
            continue
        if (name, tuple(sorted(argument_names(pattern)))) in SKIPPED:
            continue
        kwargs = url_arguments(name, argument_names(pattern), objects)
        if kwargs is None:
            not_walked.append(f"{name} ({pattern.pattern}): make an object for it, or skip it saying why")
            continue
        path = "/ar" + reverse(name, kwargs=kwargs)[3:]
        response = client.get(path)
        if response.status_code != 200 or "html" not in response["Content-Type"]:
            not_shown.append(f"{path}: {response.status_code} {response.get('Location', response['Content-Type'])}")
            continue
        walked.append(path)
        english += [f"{path}: “{p}” in “{t}”" for p, t in english_ui_strings_in(response.content.decode(), typed=typed)]

    assert not not_walked, "\n".join(not_walked)
    assert not not_shown, "\n".join(not_shown)
    assert len(walked) > 60, walked
    assert not english, f"{len(english)} English UI strings:\n" + "\n".join(english)
