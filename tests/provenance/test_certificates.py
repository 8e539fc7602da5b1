"""Issuing certificates: one per piece shipped, for an outlet's sale, or by the authority; revoking them."""

import pytest
from django.test import Client
from oscar.core.loading import get_model

from artisans.models import Artisan
from audit.models import AuditEvent
from payments import order_status
from payments.models import Payment
from provenance import services, signing
from provenance.models import Certificate
from tests.factories import UserFactory, make_artisan, make_deposit, make_manager, make_product
from tests.payments.test_checkout import place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def paid_order(buyer, two_artisans_products):
    jar, water_jar = two_artisans_products
    place(buyer, jar, water_jar)
    payment = Payment.objects.get()
    buyer.pay(payment)
    buyer.come_back(payment)
    order = Order.objects.get()
    assert order.status == order_status.PAID
    return order, jar, water_jar


def ship(artisan, order):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_manager(artisan))
    response = client.post(
        f"/en/workshop/{artisan.registry_number}/orders/{order.number}/",
        {"carrier": "oman_post", "tracking_number": "RR123456789OM"},
    )
    assert response.status_code == 302


def test_shipping_a_paid_part_issues_one_signed_certificate_per_piece(paid_order):
    order, jar, water_jar = paid_order
    ship(jar.artisan, order)
    certificates = list(Certificate.objects.all())
    # only the shipped artisan's piece is certified, and only once shipped
    assert [c.product_id for c in certificates] == [jar.pk]
    certificate = certificates[0]
    payload = signing.verify(certificate.jws, signing.public_key_set()).payload
    assert payload == certificate.payload
    assert payload["piece"]["title_ar"] == jar.title_ar
    assert payload["piece"]["title_en"] == jar.title
    assert payload["artisan"]["registry_number"] == jar.artisan.registry_number
    assert payload["artisan"]["wilayat_ar"] == jar.artisan.wilayat.name_ar
    assert payload["order_number"] == order.number
    assert payload["serial"] == certificate.serial == 1
    assert certificate.owner_id == order.user_id
    assert certificate.origin == Certificate.Origin.SALE


def test_a_line_of_several_pieces_gets_a_certificate_each_with_its_own_serial():
    artisan = make_artisan()
    product = make_product(artisan=artisan, stock=5)
    first = services.certificate_issue_for_outlet_sale(artisan=artisan, product=product, user=None)
    second = services.certificate_issue_for_outlet_sale(artisan=artisan, product=product, user=None)
    other = services.certificate_issue_for_outlet_sale(
        artisan=(a2 := make_artisan()), product=make_product(artisan=a2), user=None
    )
    assert (first.serial, second.serial, other.serial) == (1, 2, 1)
    assert first.token != second.token and len(first.token) == 20


def test_an_outlet_sale_takes_the_piece_from_stock_and_refuses_what_is_gone_or_not_theirs():
    artisan = make_artisan()
    product = make_product(artisan=artisan, stock=1)
    services.certificate_issue_for_outlet_sale(artisan=artisan, product=product, user=None)
    assert StockRecord.objects.get(product=product).num_in_stock == 0
    with pytest.raises(services.CannotIssue):
        services.certificate_issue_for_outlet_sale(artisan=artisan, product=product, user=None)
    with pytest.raises(services.CannotIssue):
        services.certificate_issue_for_outlet_sale(artisan=make_artisan(), product=product, user=None)
    assert Certificate.objects.count() == 1


def test_an_artisan_not_verified_gets_no_certificate():
    artisan = make_artisan()
    product = make_product(artisan=artisan)
    Artisan.objects.filter(pk=artisan.pk).update(verification=Artisan.Verification.SUSPENDED)
    artisan.refresh_from_db()
    with pytest.raises(services.CannotIssue):
        services.certificate_issue_by_authority(product=product, user=None)
    assert not Certificate.objects.exists()


def test_the_certificate_names_the_design_deposit_and_does_not_change_when_the_listing_does():
    artisan = make_artisan()
    deposit = make_deposit(owner=artisan)
    product = make_product(artisan=artisan, design_deposit=deposit, title_en="Burner")
    certificate = services.certificate_issue_by_authority(product=product, user=UserFactory())
    product.title = "Renamed later"
    product.save()
    certificate.refresh_from_db()
    verified = signing.verify(certificate.jws, signing.public_key_set()).payload
    assert verified["design_deposit"] == deposit.number
    assert verified["piece"]["title_en"] == "Burner"
    assert AuditEvent.objects.filter(action="certificate.issued").count() == 1


def test_revoking_is_audited_and_kept_once():
    certificate = services.certificate_issue_by_authority(product=make_product(), user=None)
    officer = UserFactory()
    services.certificate_revoke(certificate=certificate, reason="counterfeit", user=officer)
    services.certificate_revoke(certificate=certificate, reason="error", user=officer)
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "counterfeit"
    assert AuditEvent.objects.filter(action="certificate.revoked").count() == 1
    with pytest.raises(ValueError):
        services.certificate_revoke(certificate=certificate, reason="<script>", user=officer)


def test_a_claim_link_works_once_and_a_transfer_keeps_only_dates():
    owner, friend, thief = UserFactory(), UserFactory(), UserFactory()
    certificate = services.certificate_issue_by_authority(product=make_product(), user=None)
    Certificate.objects.filter(pk=certificate.pk).update(owner=owner)
    with pytest.raises(services.CannotClaim):  # only the owner hands it on
        services.certificate_claim_link_make(certificate=certificate, user=thief)
    code = services.certificate_claim_link_make(certificate=certificate, user=owner)
    with pytest.raises(services.CannotClaim):
        services.certificate_claim(token=certificate.token, code=code + "x", user=thief)
    services.certificate_claim(token=certificate.token, code=code, user=friend)
    with pytest.raises(services.CannotClaim):  # replayed
        services.certificate_claim(token=certificate.token, code=code, user=thief)
    certificate.refresh_from_db()
    assert certificate.owner == friend
    assert list(certificate.ownership_events.values_list("kind", flat=True)) == ["transferred"]


def test_the_buyer_finds_the_certificates_on_the_order_page_and_the_product_page_announces_them(paid_order):
    order, jar, _water_jar = paid_order
    account = UserFactory()
    Order.objects.filter(pk=order.pk).update(user=account)  # placed while signed in
    ship(jar.artisan, order)
    certificate = Certificate.objects.get()
    assert certificate.owner == account
    client = Client()
    client.force_login(account)
    page = client.get(f"/ar/shop/accounts/orders/{order.number}/").content.decode()
    assert f"/ar/verify/{certificate.token}/" in page and "شهادات الأصالة" in page
    product_page = client.get(jar.get_absolute_url().replace("/en/", "/ar/")).content.decode()
    assert "شهادة أصالة موقّعة من هيئة الحرف" in product_page


def test_the_demos_past_orders_get_their_certificates_once(paid_order):
    order, jar, water_jar = paid_order
    issued = services.certificates_issue_for_order(order)
    assert sorted(c.product_id for c in issued) == sorted([jar.pk, water_jar.pk])
    assert services.certificates_issue_for_order(order) == []
    assert Certificate.objects.count() == 2


def test_only_the_owner_passes_a_certificate_on_and_the_link_works_once():
    owner, friend, stranger = UserFactory(), UserFactory(), UserFactory()
    certificate = services.certificate_issue_by_authority(product=make_product(), user=None)
    Certificate.objects.filter(pk=certificate.pk).update(owner=owner)
    pass_on = f"/en/verify/{certificate.token}/pass-on/"
    for who in (stranger, friend):
        client = Client()
        client.force_login(who)
        assert client.get(pass_on).status_code == 404
        assert client.post(pass_on).status_code == 404
    assert Client().get(pass_on).status_code == 302  # to sign in
    owners = Client()
    owners.force_login(owner)
    page = owners.post(pass_on).content.decode()
    link = page.split(f"/en/verify/{certificate.token}/claim/")[1].split('"')[0]
    claim = f"/en/verify/{certificate.token}/claim/{link}"
    friends = Client()
    friends.force_login(friend)
    assert friends.post(claim).status_code == 302
    certificate.refresh_from_db()
    assert certificate.owner == friend
    strangers = Client()
    strangers.force_login(stranger)
    replay = strangers.post(claim)
    assert replay.status_code == 400 and "used already" in replay.content.decode()
    assert strangers.post(f"/en/verify/{certificate.token}/claim/guessed/").status_code == 400
    certificate.refresh_from_db()
    assert certificate.owner == friend


def test_the_authority_issues_for_a_checked_piece_from_the_admin_only_with_the_permission():
    from django.contrib.auth.models import Permission

    product = make_product(sku="TS-KHJ-AWARD")
    clerk = UserFactory(is_staff=True)
    client = Client()
    client.force_login(clerk)
    url = "/django-admin/provenance/certificate/issue/"
    assert client.post(url, {"sku": product.upc}).status_code == 403  # staff alone is not enough
    clerk.user_permissions.add(Permission.objects.get(codename="issue_certificate"))
    assert client.post(url, {"sku": "<script>"}).status_code == 200  # no such piece: the form says so
    assert client.post(url, {"sku": "x" * 500}).status_code == 200
    assert not Certificate.objects.exists()
    assert client.post(url, {"sku": product.upc, "note": "Best khanjar, 2026 exhibition"}).status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.origin == Certificate.Origin.AUTHORITY and certificate.issued_by == clerk
    assert AuditEvent.objects.get(action="certificate.issued").note == "Best khanjar, 2026 exhibition"


def test_revoking_from_the_admin_takes_the_named_permission():
    from django.contrib.auth.models import Permission

    certificate = services.certificate_issue_by_authority(product=make_product(), user=None)
    clerk = UserFactory(is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    client = Client()
    client.force_login(clerk)
    data = {"action": "revoke_as_counterfeit", "_selected_action": [certificate.pk]}
    client.post("/django-admin/provenance/certificate/", data)
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    clerk.user_permissions.add(Permission.objects.get(codename="revoke_certificate"))
    client.post("/django-admin/provenance/certificate/", data)
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "counterfeit"


def test_a_guest_buyer_takes_their_orders_certificates_into_an_account_once(paid_order):
    order, jar, _water_jar = paid_order
    assert order.user_id is None  # a guest's order
    ship(jar.artisan, order)
    certificate = Certificate.objects.get()
    assert certificate.owner is None
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        status = reverse(
            "customer:anon-order", kwargs={"order_number": order.number, "hash": order.verification_hash()}
        )
    guest = Client()
    form = guest.get(status)["Location"]  # the status page asks for the order's e-mail address first
    guest.post(form, {"email": order.guest_email})
    status_page = guest.get(status).content.decode()
    claim = f"/en/certificates/order/{order.number}/{order.verification_hash()}/claim/"
    assert claim in status_page
    assert Client().post(claim).status_code == 302  # to sign in first
    buyer, other = UserFactory(), UserFactory()
    stranger = Client()
    stranger.force_login(other)
    assert stranger.post(f"/en/certificates/order/{order.number}/not-the-hash/claim/").status_code == 404
    own = Client()
    own.force_login(buyer)
    assert own.get(claim).status_code == 200
    assert own.post(claim).status_code == 302
    certificate.refresh_from_db()
    assert certificate.owner == buyer
    assert list(certificate.ownership_events.values_list("kind", flat=True)) == ["claimed"]
    stranger.post(claim)  # the same link later: nothing left to take
    certificate.refresh_from_db()
    assert certificate.owner == buyer


def test_the_certificate_carries_the_hash_of_the_pieces_photo_as_stored():
    import hashlib

    from catalogue.services import product_add_photo
    from tests.image_files import plain_jpeg

    product = make_product()
    image = product_add_photo(product=product, upload=plain_jpeg("jar.jpg"))
    with image.original.open("rb") as stored:
        expected = "sha256:" + hashlib.sha256(stored.read()).hexdigest()
    certificate = services.certificate_issue_by_authority(product=product, user=None)
    assert signing.verify(certificate.jws, signing.public_key_set()).payload["piece"]["photo"] == expected
    without_photo = services.certificate_issue_by_authority(product=make_product(), user=None)
    assert without_photo.payload["piece"]["photo"] == ""
