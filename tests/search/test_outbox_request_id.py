"""The request id travels with a change to the search index: the worker's log line about applying it carries the id
of the request that made it, so an operator can follow one edit from the web server's log to the worker's."""

import logging

import pytest
from django.test import Client

from marketplace.observability import RequestIdFilter
from search.indexing import apply_due_entries
from search.models import SearchOutboxEntry
from tests.factories import make_artisan, make_manager, make_product

pytestmark = pytest.mark.django_db


def test_the_worker_logs_an_applied_change_under_the_id_of_the_request_that_made_it(search_engine, caplog):
    # Given an artisan's manager who changes a piece's stock in the workshop, in a request with a known id
    artisan = make_artisan()
    product = make_product(artisan=artisan, stock=3)
    manager = make_manager(artisan)
    SearchOutboxEntry.objects.all().delete()  # what making them queued, outside any request
    client = Client()
    client.force_login(manager)
    response = client.post(
        f"/en/workshop/{artisan.registry_number}/stock/",
        {"product": product.pk, "stock": "7"},
        HTTP_X_REQUEST_ID="edit-stock-42",
    )
    assert response.status_code == 302
    assert list(SearchOutboxEntry.objects.values_list("request_id", flat=True)) == ["edit-stock-42"]

    # When the worker applies the outbox
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.INFO, logger="search.indexing"):
        report = apply_due_entries()

    # Then its log line names the piece and carries the request's id
    assert report.applied == 1
    (line,) = [record for record in caplog.records if record.name == "search.indexing"]
    assert line.request_id == "edit-stock-42"
    assert f"product {product.pk}" in line.getMessage()


def test_a_change_made_outside_any_request_is_logged_without_a_request_id(search_engine, caplog):
    product = make_product()
    caplog.handler.addFilter(RequestIdFilter())

    with caplog.at_level(logging.INFO, logger="search.indexing"):
        apply_due_entries()

    lines = [record for record in caplog.records if f"product {product.pk}" in record.getMessage()]
    assert lines and all(record.request_id == "-" for record in lines)
