"""Keeping the index true: every change reaches it through the outbox, an engine outage loses nothing, a rebuild
switches indexes in one step while searches go on, and a check finds what is missing or stale."""

from io import BytesIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from oscar.core.loading import get_model

from artisans.services import artisan_update_profile
from catalogue.importing import catalogue_import
from catalogue.services import ListingText, product_save_listing, product_set_price_and_stock
from search.documents import alias_name
from search.engine import forget_clients, get_client
from search.indexing import apply_due_entries, check, rebuild
from search.models import SearchOutboxEntry
from tests.factories import make_artisan, make_product

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def found(client, query: str) -> list[str]:
    return [result["sku"] for result in client.get("/api/search/", {"q": query}).json()["results"]]


def drain() -> None:
    while apply_due_entries().applied:
        pass


def test_a_new_listing_is_noted_in_the_outbox_in_its_own_transaction_and_then_searchable(client, search_engine):
    piece = make_product(title_en="Bahla water jar", sku="DAK-WAT-00001")
    assert SearchOutboxEntry.objects.filter(kind="product", object_id=piece.pk).exists()
    assert found(client, "water jar") == []  # not yet applied

    drain()

    assert found(client, "water jar") == ["DAK-WAT-00001"]
    assert not SearchOutboxEntry.objects.exists()


def test_a_change_that_is_rolled_back_leaves_no_outbox_entry(search_engine):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_product()
        raise RuntimeError
    assert not SearchOutboxEntry.objects.exists()


def test_edits_price_stock_hiding_and_deleting_reach_the_index(client, search_engine):
    piece = make_product(title_en="Bahla water jar", sku="DAK-WAT-00001", price="10.000", stock=2)
    drain()

    product_save_listing(
        product=piece,
        text=ListingText("Bahla storage jar", "جحلة تخزين", "", ""),
        craft=piece.craft,
        weight_g=900,
        materials=[],
        design_deposit=None,
        price="14.000",
        stock=0,
    )
    drain()
    (result,) = client.get("/api/search/", {"q": "storage jar"}).json()["results"]
    assert (result["price_omr"], result["in_stock"]) == ("14.000", False)
    assert found(client, "water") == []

    piece.is_public = False
    piece.save()
    drain()
    assert found(client, "storage jar") == []

    piece.is_public = True
    piece.save()
    drain()
    assert found(client, "storage jar") == ["DAK-WAT-00001"]
    piece.stockrecords.all().delete()
    piece.delete()
    drain()
    assert found(client, "storage jar") == []


def test_renaming_an_artisan_reaches_every_one_of_their_listings(client, search_engine):
    artisan = make_artisan(name_en="Aisha", name_ar="عائشة")
    make_product(artisan=artisan, sku="DAK-POT-00001")
    make_product(artisan=artisan, sku="DAK-POT-00002")
    drain()

    artisan_update_profile(artisan=artisan, name_en="Aisha Al Hinai", name_ar="عائشة الهنائية", bio_en="", bio_ar="")
    drain()

    assert sorted(found(client, "Hinai")) == ["DAK-POT-00001", "DAK-POT-00002"]


def test_when_the_engine_is_down_writes_succeed_and_the_outbox_keeps_them_until_it_is_back(
    client, search_engine, settings
):
    first = make_product(title_en="Bahla water jar", sku="DAK-WAT-00001")
    drain()

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # the engine goes away
    forget_clients()
    product_set_price_and_stock(product=first, price="30.000", stock=1)
    second = make_product(title_en="Nizwa cooking pot", sku="DAK-COO-00002")
    report = apply_due_entries()
    assert report.applied == 0 and report.failed == SearchOutboxEntry.objects.count()
    waiting = SearchOutboxEntry.objects.filter(kind="product")
    assert {entry.object_id for entry in waiting} == {first.pk, second.pk}
    assert all(entry.attempts == 1 and entry.last_error for entry in waiting)

    settings.ELASTICSEARCH_URL = search_engine  # it is back
    forget_clients()
    SearchOutboxEntry.objects.update(available_at=waiting[0].enqueued_at)  # the retry time has come
    drain()

    assert not SearchOutboxEntry.objects.exists()
    assert client.get("/api/search/", {"q": "water jar"}).json()["results"][0]["price_omr"] == "30.000"
    assert found(client, "cooking pot") == ["DAK-COO-00002"]


def test_applying_the_same_change_twice_changes_nothing_more(client, search_engine):
    piece = make_product(title_en="Bahla water jar", sku="DAK-WAT-00001")
    drain()
    SearchOutboxEntry.objects.create(kind="product", object_id=piece.pk)
    SearchOutboxEntry.objects.create(kind="product", object_id=piece.pk)
    drain()
    assert get_client().count(index=alias_name("products"))["count"] == 1


def test_a_rebuild_switches_the_alias_in_one_step_while_searches_keep_working(client, search_engine):
    for index in range(30):
        make_product(title_en=f"Clay jar {index}", sku=f"DAK-JAR-{index:05d}")
    rebuild("products")
    old_index = set(get_client().indices.get_alias(name=alias_name("products")))
    make_product(title_en="Clay jar new", sku="DAK-JAR-00999")
    seen_during_rebuild = {}

    def search_meanwhile(new_index):
        seen_during_rebuild["total"] = client.get("/api/search/", {"q": "clay jar"}).json()["total"]
        seen_during_rebuild["new_index_full"] = get_client().count(index=new_index)["count"]

    report = rebuild("products", before_switch=search_meanwhile)

    assert seen_during_rebuild == {"total": 30, "new_index_full": 31}  # the old index answered until the switch
    assert set(get_client().indices.get_alias(name=alias_name("products"))) == {report.index}
    assert not get_client().indices.exists(index=",".join(old_index))
    assert client.get("/api/search/", {"q": "clay jar"}).json()["total"] == 31


def test_a_rebuild_keeps_changes_made_after_it_began_in_the_outbox(search_engine):
    make_product(sku="DAK-JAR-00001")

    def change_during_rebuild(_index):
        make_product(sku="DAK-JAR-00002")

    rebuild("products", before_switch=change_during_rebuild)
    waiting = set(SearchOutboxEntry.objects.filter(kind="product").values_list("object_id", flat=True))
    assert waiting == {Product.objects.get(upc="DAK-JAR-00002").pk}


def test_the_check_finds_missing_stale_and_unexpected_documents(search_engine):
    kept, changed, hidden = make_product(sku="A-00001"), make_product(sku="A-00002"), make_product(sku="A-00003")
    rebuild("products")
    Product.objects.filter(pk=changed.pk).update(title="Renamed behind the outbox's back")
    Product.objects.filter(pk=hidden.pk).update(is_public=False)
    missing = make_product(sku="A-00004")

    report = check("products")

    assert (report.missing, report.stale, report.unexpected) == ([missing.pk], [changed.pk], [hidden.pk])
    with pytest.raises(CommandError):
        call_command("search_index", "--check", "--kind", "products")
    rebuild("products")
    assert check("products").ok
    assert kept.pk


def test_after_an_import_and_a_rebuild_every_imported_product_is_searchable(client, search_engine):
    with (FIXTURES / "search-eval-catalogue.jsonl").open("rb") as stream:
        assert catalogue_import(stream).ok
    call_command("search_index", "--rebuild")
    assert client.get("/api/search/", {"page_size": 1}).json()["total"] == Product.objects.count() == 250
    assert check("products").ok and check("artisans").ok


def test_the_worker_command_applies_what_is_due(search_engine):
    make_product(sku="DAK-JAR-00001")
    call_command("search_worker", "--once")
    assert not SearchOutboxEntry.objects.exists()


def test_the_index_command_reports_an_engine_that_is_away(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    forget_clients()
    with pytest.raises(CommandError, match="did not answer"):
        call_command("search_index", "--rebuild")


def test_a_bulk_import_notes_every_product_it_creates_or_changes(search_engine):
    record = (
        b'{"kind": "artisan", "registry_number": "TS-DAK-00001", "name": {"en": "Aisha"}, "gender": "female", '
        b'"governorate": "ad_dakhiliyah", "wilayat": "Bahla", "crafts": ["pottery"]}\n'
        b'{"kind": "product", "sku": "DAK-JAR-00001", "artisan": "TS-DAK-00001", "craft": "pottery", '
        b'"title": {"en": "Jar"}, "price_omr": "5.000", "stock": 1, "weight_g": 900}\n'
    )
    catalogue_import(BytesIO(record))
    product = Product.objects.get(upc="DAK-JAR-00001")
    assert SearchOutboxEntry.objects.filter(kind="product", object_id=product.pk).exists()
    assert SearchOutboxEntry.objects.filter(kind="artisan", object_id=product.artisan_id).exists()
