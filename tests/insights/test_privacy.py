"""Personal data (birth year, gender, contact, bank details) only for staff with the permission; its exports logged.

Checked for every kind of account: a visitor, a buyer (even one given the permissions by mistake: not staff), an
artisan, authority staff without the permission, an analyst (the dashboard, no personal data) and a registry
officer (personal data, every export recorded)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from audit.models import AuditEvent
from insights.models import PersonalDataExport
from tests.factories import UserFactory, make_manager
from tests.insights.conftest import VALID_OMAN_IBAN, grant

pytestmark = pytest.mark.django_db

PERSONAL_MARKERS = ("1950", "salim.riyami@example.com", "Bank Muscat", "•••3 456")


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


DASHBOARD_URLS = (
    ("insights:dashboard", ()),
    ("insights:section", ("sales",)),
    ("insights:table-csv", ("artisans-by-gender",)),
    ("insights:table-csv", ("sales-by-artisan",)),
    ("insights:register", ()),
    ("insights:register-csv", ()),
)


@pytest.fixture
def buyer_with_permissions(db):
    """Not staff, though someone gave the account the permissions: still nothing."""
    return grant(UserFactory(), "insights.view_insights", "insights.view_personal_data")


@pytest.fixture
def artisan_account(marketplace):
    return make_manager(marketplace.potter)


@pytest.fixture
def staff_without_permission(db):
    return UserFactory(is_staff=True)


@pytest.mark.parametrize("name,args", DASHBOARD_URLS)
def test_a_visitor_is_sent_to_sign_in(client, marketplace, name, args):
    response = client.get(url(name, *args))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("account", ["buyer_with_permissions", "artisan_account", "staff_without_permission"])
@pytest.mark.parametrize("name,args", DASHBOARD_URLS)
def test_accounts_without_the_dashboard_permission_see_nothing(client, marketplace, request, account, name, args):
    client.force_login(request.getfixturevalue(account))
    response = client.get(url(name, *args))
    assert response.status_code == 403
    page = response.content.decode()
    for marker in (*PERSONAL_MARKERS, marketplace.silversmith.name_en):
        assert marker not in page
    assert not PersonalDataExport.objects.exists()


def test_an_analyst_sees_the_register_without_personal_data(client, analyst, marketplace):
    client.force_login(analyst)
    response = client.get(url("insights:register"))
    assert response.status_code == 200
    page = response.content.decode()
    assert marketplace.silversmith.name_en in page  # names are public (the artisan pages show them)
    for marker in PERSONAL_MARKERS:
        assert marker not in page
    assert url("insights:register-csv") not in page


def test_an_analyst_cannot_filter_by_gender_or_age(client, analyst, marketplace):
    # Filtering by gender would tell who is a woman: the filter does not exist without the permission
    client.force_login(analyst)
    response = client.get(url("insights:register"), {"gender": "female", "age": "65-plus"})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 5  # unfiltered
    assert "gender" not in response.context["form"].fields


def test_an_analyst_cannot_export_personal_data(client, analyst, marketplace):
    client.force_login(analyst)
    response = client.get(url("insights:register-csv"))
    assert response.status_code == 403
    assert not PersonalDataExport.objects.exists()
    assert not AuditEvent.objects.filter(action="personal_data.export").exists()


def test_an_analysts_dashboard_names_no_one_and_links_no_personal_filter(client, analyst, marketplace):
    client.force_login(analyst)
    page = client.get(url("insights:section", "registry")).content.decode()
    for marker in (*PERSONAL_MARKERS, marketplace.silversmith.name_en):
        assert marker not in page
    assert "?gender=" not in page
    assert "?age=" not in page
    assert "?governorate=ad_dakhiliyah" in page  # a place is not personal


def test_a_registry_officer_sees_personal_data_with_the_iban_masked(client, registry_officer, marketplace):
    client.force_login(registry_officer)
    response = client.get(url("insights:register"), {"governorate": "ad_dakhiliyah"})
    assert response.status_code == 200
    page = response.content.decode()
    for marker in PERSONAL_MARKERS:
        assert marker in page
    assert VALID_OMAN_IBAN not in page
    assert response.context["page"].paginator.count == 2


def test_a_registry_officer_filters_by_gender_and_age(client, registry_officer, marketplace):
    client.force_login(registry_officer)
    response = client.get(url("insights:register"), {"gender": "female"})
    assert {artisan.pk for artisan, _data in response.context["rows"]} == {
        marketplace.potter.pk,
        marketplace.incense_maker.pk,
    }
    response = client.get(url("insights:register"), {"age": "not-recorded"})
    assert [artisan.pk for artisan, _data in response.context["rows"]] == [marketplace.unknown.pk]


def test_an_export_of_personal_data_is_logged_and_audited(client, registry_officer, marketplace):
    client.force_login(registry_officer)
    response = client.get(url("insights:register-csv"), {"governorate": "ad_dakhiliyah"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) == 1 + 2
    silversmith = next(row for row in table if row[0] == marketplace.silversmith.registry_number)
    assert "1950" in silversmith
    assert "salim.riyami@example.com" in silversmith
    assert VALID_OMAN_IBAN not in text
    export = PersonalDataExport.objects.get()
    assert export.user == registry_officer
    assert export.filters == {"governorate": "ad_dakhiliyah"}
    assert export.row_count == 2
    event = AuditEvent.objects.get(action="personal_data.export")
    assert event.actor == registry_officer
    assert event.after == {"filters": {"governorate": "ad_dakhiliyah"}, "rows": 2}


def test_an_exported_formula_stays_text(client, registry_officer, marketplace):
    client.force_login(registry_officer)
    response = client.get(url("insights:register-csv"))
    text = b"".join(response.streaming_content).decode("utf-8")
    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text and '"=HYPERLINK' not in text


@pytest.mark.parametrize(
    "filters",
    [
        {"governorate": "<script>alert(1)</script>"},
        {"craft": "pottery' OR 1=1 --"},
        {"age": "200-300"},
        {"gender": "x" * 10000},
    ],
)
def test_bad_filters_are_refused_clearly_and_export_nothing(client, registry_officer, marketplace, filters):
    client.force_login(registry_officer)
    response = client.get(url("insights:register"), filters)
    assert response.status_code == 400
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "invalid-feedback" in page
    response = client.get(url("insights:register-csv"), filters)
    assert response.status_code == 400
    assert not PersonalDataExport.objects.exists()


def test_the_register_answers_in_a_bounded_number_of_queries(
    client, registry_officer, marketplace, django_assert_max_num_queries
):
    from tests.factories import make_artisan

    client.force_login(registry_officer)
    client.get(url("insights:register"))
    with django_assert_max_num_queries(20) as few:
        client.get(url("insights:register"))
    for _index in range(8):
        artisan = make_artisan(wilayat_slug="sur")
        make_manager(artisan)
    with django_assert_max_num_queries(20) as many:
        client.get(url("insights:register"))
    assert len(many.captured_queries) == len(few.captured_queries)


def test_bank_details_in_the_admin_are_masked_without_the_permission(admin_client, marketplace):
    # The Django admin's superuser has every permission; an admin user with only the ledger's view permission does not
    from ledger.models import PayoutAccount

    account = PayoutAccount.objects.get()
    staff = grant(UserFactory(is_staff=True), "ledger.view_payoutaccount")
    admin_client.force_login(staff)
    page = admin_client.get(reverse("admin:ledger_payoutaccount_change", args=[account.pk])).content.decode()
    assert VALID_OMAN_IBAN not in page
    officer = grant(UserFactory(is_staff=True), "ledger.view_payoutaccount", "insights.view_personal_data")
    admin_client.force_login(officer)
    page = admin_client.get(reverse("admin:ledger_payoutaccount_change", args=[account.pk])).content.decode()
    assert VALID_OMAN_IBAN in page
