"""The permission matrix: for every workshop URL and every kind of object an artisan can address (piece, photo,
photo waiting for review, order line, statement, profile, bank details), a manager of artisan A addressing artisan
B's object gets 403 or 404, never the object, whether the URL names B's registry number or A's. Anonymous visitors
are sent to sign in, and a buyer's account reaches nothing.

The test also lists every URL under `workshop/`, so a new workshop page that is not in the matrix fails here."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import get_resolver
from django.utils import timezone
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.basket import add_product
from oscar.test.factories import create_order

from artisans.services import seller_application_submit
from catalogue.services import product_add_photo
from ledger.services import ledger_add_correction, payout_account_save, settlement_run
from moderation.models import DraftPhoto
from moderation.services import PhotoUpload, listing_add_photos
from payments import order_status
from provenance.services import certificate_issue_by_authority
from tests.factories import UserFactory, make_product
from tests.image_files import plain_jpeg

from .conftest import url

Basket = get_model("basket", "Basket")
pytestmark = pytest.mark.django_db

SALIM_SECRET_TITLE = "Salim's secret incense burner"
SALIM_IBAN = "OM810180000001299123456"


@pytest.fixture
def salims_world(salim, salim_manager):
    """Everything of Salim's an artisan can address: a piece with a photo and a photo waiting for review, a paid
    order line, a statement, a profile and bank details."""
    piece = make_product(artisan=salim, title_en=SALIM_SECRET_TITLE, craft_code="pottery", price="30.000", stock=5)
    image = product_add_photo(product=piece, upload=plain_jpeg("salim.jpg"))
    waiting = listing_add_photos(product=piece, actor=salim_manager, photos=[PhotoUpload(plain_jpeg("new.jpg"))])[0]

    basket = Basket.objects.create()
    basket.strategy = Default()
    add_product(basket, product=piece)
    order = create_order(basket=basket, user=UserFactory())
    order.status = order_status.PAID  # as the payment pipeline leaves it
    order.save()
    order.lines.update(status=order_status.PAID)
    line = order.lines.get()

    ledger_add_correction(artisan=salim, amount=Decimal("6.750"), memo="Sales", key="salim-sales")
    settlement = settlement_run(period_end=timezone.now() + timedelta(seconds=1), reference="S-2026-11")
    statement = settlement.statements.get(artisan=salim)
    payout_account_save(
        artisan=salim, actor=salim_manager, account_holder="Salim Al Araimi", bank="Bank Muscat", iban=SALIM_IBAN
    )
    request = seller_application_submit(
        user=UserFactory(),
        registry_number=salim.registry_number,
        seller_type=salim.seller_type,
        name_ar=salim.name_ar,
        name_en=salim.name_en,
        governorate=salim.governorate,
        wilayat=salim.wilayat,
        phone="9988 7766",
    )
    certificate = certificate_issue_by_authority(product=piece, user=None)
    review = _published_review_of(piece, salim_manager)
    return {
        "review": review,
        "certificates": piece.certificates.count(),
        "stock": piece.stockrecords.get().num_in_stock,  # 5, less the reviewed piece shipped
        "certificate": certificate,
        "piece": piece,
        "image": image,
        "waiting": waiting,
        "order": order,
        "line": line,
        "statement": statement,
        "request": request,
    }


def _published_review_of(piece, manager):
    """A buyer's review of Salim's piece, shipped to them and published by the authority (issue 21)."""
    from catalogue.reviews.services import review_approve, review_create
    from tests.reviews.conftest import shipped_line

    buyer = UserFactory()
    line = shipped_line(buyer=buyer, product=piece, manager=manager)
    review = review_create(user=buyer, line=line, score=4, body="Lovely")
    return review_approve(review=review, reviewer=UserFactory())


def matrix(registry_number: str, world: dict) -> list[tuple[str, str, dict, dict | None]]:
    """(method, url name, kwargs, POST data) for every workshop URL, addressing `world`'s objects."""
    piece, image, waiting = world["piece"], world["image"], world["waiting"]
    number, line, statement = world["order"].number, world["line"], world["statement"]
    r = {"registry_number": registry_number}
    p = {**r, "product_pk": piece.pk}
    return [
        ("get", "artisans:workshop-dashboard", r, None),
        ("get", "artisans:workshop-managers", r, None),
        (
            "post",
            "artisans:workshop-request-answer",
            {**r, "application_pk": world["request"].pk},
            {"answer": "accept"},
        ),
        ("get", "artisans:workshop-profile", r, None),
        ("post", "artisans:workshop-profile", r, {"name_en": "Taken", "name_ar": "", "bio_en": "", "bio_ar": ""}),
        ("get", "artisans:workshop-products", r, None),
        ("get", "artisans:workshop-product-new", r, None),
        ("post", "artisans:workshop-photo-upload", r, {"photo": plain_jpeg("x.jpg")}),
        ("get", "artisans:workshop-stock", r, None),
        ("post", "artisans:workshop-stock", r, {"product": piece.pk, "stock": "0"}),
        ("get", "artisans:workshop-product-edit", p, None),
        ("post", "artisans:workshop-product-edit", p, {"title_en": "Taken", "price": "1.000", "stock": "0"}),
        ("get", "artisans:workshop-product-photos", p, None),
        ("post", "artisans:workshop-product-photos", p, {"photos": plain_jpeg("x.jpg")}),
        ("post", "artisans:workshop-photo-action", {**p, "image_pk": image.pk}, {"action": "remove"}),
        ("post", "artisans:workshop-photo-action", {**p, "image_pk": image.pk}, {"action": "up"}),
        ("post", "artisans:workshop-waiting-photo-remove", {**p, "photo_pk": waiting.pk}, {}),
        ("get", "fulfilment:workshop-orders", r, None),
        ("get", "fulfilment:workshop-order", {**r, "number": number}, None),
        ("post", "fulfilment:workshop-order", {**r, "number": number}, {"carrier": "x", "tracking_number": "1"}),
        ("post", "fulfilment:workshop-line-refund", {**r, "number": number, "line_pk": line.pk}, {}),
        ("get", "ledger:workshop-statements", r, None),
        ("get", "ledger:workshop-statement", {**r, "statement_pk": statement.pk}, None),
        ("get", "ledger:workshop-statement-csv", {**r, "statement_pk": statement.pk}, None),
        ("get", "ledger:workshop-bank", r, None),
        ("get", "provenance:workshop-certificates", r, None),
        ("post", "provenance:workshop-certificates", r, {"product": piece.pk}),
        ("get", "reviews:workshop-reviews", r, None),
        ("get", "reviews:workshop-review-reply", {**r, "review_pk": world["review"].pk}, None),
        ("post", "reviews:workshop-review-reply", {**r, "review_pk": world["review"].pk}, {"reply": "Taken"}),
        ("get", "provenance:workshop-certificate-tag", {**r, "serial": world["certificate"].serial}, None),
        (
            "post",
            "ledger:workshop-bank",
            r,
            {"account_holder": "Thief", "bank": "X", "iban": "OM0000", "password": "x"},
        ),
    ]


def workshop_url_names() -> set[str]:
    """Every named URL whose route starts with workshop/<registry_number>/ (the per-artisan pages)."""
    names = set()
    resolver = get_resolver()
    for namespace in ("artisans", "fulfilment", "ledger", "provenance", "reviews"):
        sub = resolver.namespace_dict[namespace][1]
        for name, entries in sub.reverse_dict.items():
            if isinstance(name, str) and "workshop/%(registry_number)s/" in entries[0][0][0]:
                names.add(f"{namespace}:{name}")
    return names


def assert_untouched(salim, world) -> None:
    salim.refresh_from_db()
    piece = world["piece"]
    piece.refresh_from_db()
    assert salim.name_en == "Salim"
    assert piece.title == SALIM_SECRET_TITLE and piece.stockrecords.get().num_in_stock == world["stock"]
    assert piece.certificates.count() == world["certificates"]  # no outlet sale was certified by someone else
    assert piece.images.filter(pk=world["image"].pk).exists()
    assert world["waiting"].__class__.objects.filter(pk=world["waiting"].pk).exists()
    assert not DraftPhoto.objects.exists()
    assert not world["order"].shipments.exists()
    world["review"].refresh_from_db()
    assert world["review"].reply == ""
    assert salim.payout_account.iban == SALIM_IBAN
    world["request"].refresh_from_db()
    assert world["request"].managers_answer == ""


def test_the_matrix_covers_every_workshop_url(salims_world, salim):
    covered = {name for _method, name, _kwargs, _data in matrix(salim.registry_number, salims_world)}
    assert workshop_url_names() == covered


@pytest.mark.parametrize("whose_number", ["theirs", "mine"])
def test_a_manager_of_another_artisan_never_gets_the_object(aisha_client, aisha, salim, salims_world, whose_number):
    number = salim.registry_number if whose_number == "theirs" else aisha.registry_number
    for method, name, kwargs, data in matrix(number, salims_world):
        if whose_number == "mine" and set(kwargs) == {"registry_number"}:
            continue  # their own pages: allowed, and covered by the other tests
        response = getattr(aisha_client, method)(url(name, **kwargs), data or {})
        assert response.status_code in (403, 404), (method, name, response.status_code)
        body = response.content.decode(errors="replace")
        assert SALIM_SECRET_TITLE not in body and SALIM_IBAN[-4:] not in body, (method, name)
    assert_untouched(salim, salims_world)


def test_a_buyer_reaches_no_workshop_page(client, salim, salims_world):
    client.force_login(UserFactory())
    for method, name, kwargs, data in matrix(salim.registry_number, salims_world):
        response = getattr(client, method)(url(name, **kwargs), data or {})
        assert response.status_code in (403, 404), (method, name, response.status_code)
    assert client.get(url("artisans:workshop")).status_code == 403
    assert_untouched(salim, salims_world)


def test_anonymous_visitors_are_sent_to_sign_in(salim, salims_world):
    client = Client()
    for method, name, kwargs, data in matrix(salim.registry_number, salims_world):
        response = getattr(client, method)(url(name, **kwargs), data or {})
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], (method, name)
    assert_untouched(salim, salims_world)


PRIVATE_FILE_PAGES = {"ledger:workshop-statement-csv"}


def test_the_owner_reaches_every_get_page(salim, salim_manager, salims_world):
    client = Client()
    client.force_login(salim_manager)
    for method, name, kwargs, _data in matrix(salim.registry_number, salims_world):
        if method == "get":
            response = client.get(url(name, **kwargs))
            if name in PRIVATE_FILE_PAGES:  # handed out as a signed link to the private file
                assert response.status_code == 302 and response["Location"].startswith("/private/"), name
            else:
                assert response.status_code == 200, name


# --- A workshop the authority has not verified, or has suspended, changes nothing -----------------------------

NEW_IBAN = "OM620270000009876543210"


def owner_writes(registry_number: str, world: dict) -> list[tuple[str, dict, dict]]:
    """(url name, kwargs, POST data) for every write URL of the workshop, with data its own manager could send and
    that the page would accept from a verified artisan: refused, it is refused for the artisan's state alone."""
    from tests.factories import PASSWORD

    from .conftest import edit_post, new_listing_post

    piece, image, waiting = world["piece"], world["image"], world["waiting"]
    number, line = world["order"].number, world["line"]
    r = {"registry_number": registry_number}
    p = {**r, "product_pk": piece.pk}
    return [
        ("artisans:workshop-profile", r, {"name_en": "Taken", "name_ar": "", "bio_en": "", "bio_ar": ""}),
        ("artisans:workshop-request-answer", {**r, "application_pk": world["request"].pk}, {"answer": "accept"}),
        ("artisans:workshop-product-new", r, new_listing_post()),
        ("artisans:workshop-photo-upload", r, {"photo": plain_jpeg("x.jpg")}),
        ("artisans:workshop-stock", r, {"product": piece.pk, "stock": "4"}),
        ("artisans:workshop-product-edit", p, edit_post(piece, title_en="Taken", stock="4")),
        ("artisans:workshop-product-photos", p, {"photos": plain_jpeg("x.jpg")}),
        ("artisans:workshop-photo-action", {**p, "image_pk": image.pk}, {"action": "remove"}),
        ("artisans:workshop-photo-action", {**p, "image_pk": image.pk}, {"action": "describe", **alt_post(image)}),
        ("artisans:workshop-waiting-photo-remove", {**p, "photo_pk": waiting.pk}, {}),
        ("fulfilment:workshop-order", {**r, "number": number}, {"carrier": "aramex", "tracking_number": "AR123456"}),
        ("fulfilment:workshop-line-refund", {**r, "number": number, "line_pk": line.pk}, {}),
        (
            "ledger:workshop-bank",
            r,
            {"account_holder": "Salim", "bank": "Bank Dhofar", "iban": NEW_IBAN, "password": PASSWORD},
        ),
        ("provenance:workshop-certificates", r, {"product": piece.pk}),
        ("reviews:workshop-review-reply", {**r, "review_pk": world["review"].pk}, {"reply": "Thank you"}),
    ]


def alt_post(image) -> dict:
    return {f"alt{image.pk}-alt_en": "Changed", f"alt{image.pk}-alt_ar": "تغير"}


def test_every_write_url_of_the_workshop_is_in_the_closed_workshop_test(salims_world, salim):
    posted = {name for method, name, _kwargs, _data in matrix(salim.registry_number, salims_world) if method == "post"}
    assert posted <= {name for name, _kwargs, _data in owner_writes(salim.registry_number, salims_world)}


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ("rejected", "The authority did not verify this artisan"),
        ("suspended", "The authority has suspended this workshop"),
        ("pending", "The craft authority has not verified this artisan yet"),
    ],
)
def test_the_managers_of_a_rejected_or_suspended_artisan_change_nothing(
    salim, salim_manager, salims_world, settings, state, message
):
    # Given Salim's own manager, signed in, while the authority has rejected or suspended Salim
    settings.ARTISAN_REFUNDS_ALLOWED = True
    type(salim).objects.filter(pk=salim.pk).update(verification=state)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(salim_manager)

    # When they send every change the workshop takes
    for name, kwargs, data in owner_writes(salim.registry_number, salims_world):
        response = client.post(url(name, **kwargs), data)

        # Then each is refused, saying why
        assert response.status_code == 403, (name, response.status_code)
        assert message in response.content.decode(), name
    # And nothing changed
    assert_untouched(salim, salims_world)
    assert not DraftPhoto.objects.exists()
    assert not salim.products.exclude(pk=salims_world["piece"].pk).exists()
    assert salims_world["image"].__class__.objects.get(pk=salims_world["image"].pk).caption != "Changed"


def test_the_same_changes_go_through_for_a_verified_artisan(salim, salim_manager, salims_world, settings):
    # The control for the test above: its data is what a verified artisan's pages accept
    settings.ARTISAN_REFUNDS_ALLOWED = True
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(salim_manager)
    for name, kwargs, data in owner_writes(salim.registry_number, salims_world):
        response = client.post(url(name, **kwargs), data)
        expected = {
            "fulfilment:workshop-line-refund": (404,),  # no card payment to refund
            "artisans:workshop-photo-upload": (201,),  # a photo sent ahead answers with its token
        }.get(name, (302,))
        assert response.status_code in expected, (name, response.status_code)
    salim.refresh_from_db()
    assert salim.name_en == "Taken" and salim.payout_account.iban == NEW_IBAN
