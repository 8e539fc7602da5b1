"""The catalogue list at scale (issue 19, parts 2 and 3): cards drawn from the engine's documents (the products are
not read again), browsing facets cached per index version and refreshed by the worker, filtered facets counted on
the filtered set, one `_msearch` per page. Against a real engine over HTTP (a clone of the bundled one)."""

import json
import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from catalogue.services import product_set_price_and_stock
from marketplace.worker_jobs import default_jobs
from search.indexing import apply_due_entries
from search.selectors import SearchRequest, products_index_version, reference_labels, search_products
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name)


@pytest.fixture
def catalogue(index_everything):
    """Three crafts in two governorates: 3 pottery pieces (Bahla, Ad Dakhiliyah), 2 palm-frond and 1 wool (Sur,
    South Sharqiyah); one pottery piece sold out."""
    weaver = make_artisan(
        name_en="Moza Al Araimi", name_ar="موزة العريمية", wilayat_slug="sur", crafts=("wool_weaving", "palm_frond")
    )
    potter = make_artisan(name_en="Aisha Al Hinai", name_ar="عائشة الهنائية", wilayat_slug="bahla", crafts=("pottery",))
    products = {
        "rug": make_product(artisan=weaver, craft_code="wool_weaving", title_en="Wool rug", title_ar="سجادة صوفية"),
        "basket": make_product(artisan=weaver, craft_code="palm_frond", title_en="Palm basket", title_ar="سلة سعف"),
        "cover": make_product(artisan=weaver, craft_code="palm_frond", title_en="Food cover", title_ar="مكبة"),
        "burner": make_product(artisan=potter, craft_code="pottery", title_en="Clay burner", title_ar="مبخرة"),
        "jar": make_product(artisan=potter, craft_code="pottery", title_en="Water jar", title_ar="جحلة", stock=0),
        "pot": make_product(artisan=potter, craft_code="pottery", title_en="Cooking pot", title_ar="قدر", price="60"),
    }
    index_everything()
    return products


def counts(results, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in results.facets[facet]}


def list_page_queries(client, path: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_list_page_does_not_read_its_products_from_the_database(client, catalogue):
    browse = url("catalogue:index")
    client.get(browse)  # the reference names and the facets are cached by the first visit
    few, html = list_page_queries(client, browse + "?page_size=2")
    assert html.count('class="product-card"') == 2
    many, html = list_page_queries(client, browse + "?page_size=6")
    assert html.count('class="product-card"') == 6
    assert many == few
    assert few <= 4  # the index version, and the session/site reads every page makes
    with CaptureQueriesContext(connection) as queries:
        client.get(browse + "?page_size=6")
    assert not [q["sql"] for q in queries if '"catalogue_product"' in q["sql"]]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_cards_show_what_the_documents_hold(client, catalogue, language):
    html = client.get(url("catalogue:index", language) + "?craft=pottery").content.decode()
    cards = re.findall(r'<article class="product-card">.*?</article>', html, re.S)
    assert len(cards) == 3
    jar = next(card for card in cards if ("Water jar" if language == "en" else "جحلة") in card)
    assert "stock--outofstock" in jar
    assert ("Sold out" if language == "en" else "نفدت الكمية") in jar
    place = "Bahla, Ad Dakhiliyah" if language == "en" else "بهلاء، الداخلية"
    assert place in jar
    artisan = "Aisha Al Hinai" if language == "en" else "عائشة الهنائية"
    assert artisan in jar and "/artisans/" in jar
    assert ("Pottery" if language == "en" else "الفخار") in jar


def test_a_price_change_reaches_the_cards_once_indexed(client, catalogue):
    burner = catalogue["burner"]
    product_set_price_and_stock(product=burner, price=Decimal("23.450"), stock=0)
    apply_due_entries()
    html = client.get(url("catalogue:index") + "?craft=pottery").content.decode()
    card = next(
        card for card in re.findall(r'<article class="product-card">.*?</article>', html, re.S) if "Clay burner" in card
    )
    assert "23.450" in card and "12.340" not in card
    assert "stock--outofstock" in card


def test_browsing_facets_are_cached_per_index_version(client, catalogue):
    before = search_products(SearchRequest())
    assert counts(before, "craft") == {"pottery": 3, "palm_frond": 2, "wool_weaving": 1}
    version = products_index_version()
    assert cache.get(f"search:browse-facets:{version}:") is not None
    make_product(artisan=catalogue["burner"].artisan, craft_code="pottery", title_en="Small bowl", title_ar="صحن")
    assert search_products(SearchRequest()).facets == before.facets  # not indexed yet: the same version, same counts
    apply_due_entries()
    assert products_index_version() > version
    assert counts(search_products(SearchRequest()), "craft")["pottery"] == 4


@pytest.fixture
def engine_tap(catalogue, settings):
    """The site talks to its engine through a tap that lists every request and its body (real HTTP)."""
    from search.engine import forget_clients
    from tests.servers import ForwardingProxy

    tap = ForwardingProxy(settings.ELASTICSEARCH_URL)
    settings.ELASTICSEARCH_URL = tap.url
    forget_clients()
    yield tap
    tap.close()
    forget_clients()


def searches_in(tap) -> list[list[dict]]:
    """The searches of each request sent to the engine's search endpoints: one list per request (an `_msearch`
    holds several, a header line before each body)."""
    sent = []
    for (_method, path), body in zip(tap.forwarded, tap.bodies, strict=True):
        if "_msearch" in path:
            lines = [json.loads(line) for line in body.decode().splitlines() if line.strip()]
            sent.append(lines[1::2])
        elif "_search" in path:
            sent.append([json.loads(body or b"{}")])
    return sent


def test_a_list_page_asks_the_engine_once(client, engine_tap):
    client.get(url("catalogue:index") + "?craft=pottery&in_stock=true")
    (searches,) = searches_in(engine_tap)
    assert len(searches) == 3  # the page with the unticked facets' counts, and one count per ticked facet


def test_a_craft_pages_facets_come_from_the_cache(client, engine_tap):
    search_products(SearchRequest(crafts=("pottery",)))
    engine_tap.forwarded.clear(), engine_tap.bodies.clear()
    results = search_products(SearchRequest(crafts=("pottery",)))
    (searches,) = searches_in(engine_tap)
    assert len(searches) == 1 and "aggs" not in searches[0]  # the page's hits only: every count was cached
    assert counts(results, "craft") == {"pottery": 3, "palm_frond": 2, "wool_weaving": 1}
    assert counts(results, "in_stock") == {"true": 2, "false": 1}
    assert counts(results, "governorate") == {"ad_dakhiliyah": 3}


def test_filtered_facets_are_counted_on_the_filtered_set(client, engine_tap):
    search_products(SearchRequest(q="clay", governorates=("ad_dakhiliyah",)))
    page = searches_in(engine_tap)[0][0]  # the products' request comes first (then the artisans' and stories')
    assert "post_filter" not in page
    assert {"terms": {"governorate": ["ad_dakhiliyah"]}} in page["query"]["bool"]["filter"]
    assert set(page["aggs"]) == {"craft", "material", "price", "in_stock"}


def test_filtered_facets_count_what_the_other_filters_leave(catalogue):
    results = search_products(SearchRequest(crafts=("pottery",), in_stock=True))
    assert results.total == 2
    assert counts(results, "craft") == {"pottery": 2, "palm_frond": 2, "wool_weaving": 1}  # in stock, any craft
    assert counts(results, "in_stock") == {"true": 2, "false": 1}  # pottery, in stock or not
    assert counts(results, "price") == {"10-50": 1, "50-100": 1}  # pottery in stock
    assert counts(results, "governorate") == {"ad_dakhiliyah": 2}
    searched = search_products(SearchRequest(q="pottery", governorates=("south_sharqiyah",)))
    assert searched.total == 0
    assert counts(searched, "governorate") == {"ad_dakhiliyah": 3}  # the query's pieces in other governorates


def test_the_worker_job_refreshes_the_browsing_facets(catalogue):
    (job,) = [job for job in default_jobs() if job.name == "browse facets"]
    version = products_index_version()
    scopes = 1 + len(reference_labels()["craft"])  # the catalogue, and each of the crafts
    assert job.run() == scopes
    assert job.run() == 0  # nothing changed since
    make_product(artisan=catalogue["rug"].artisan, craft_code="wool_weaving", title_en="Small rug", title_ar="بساط")
    apply_due_entries()
    assert job.run() == scopes
    cached = cache.get(f"search:browse-facets:{products_index_version()}:")
    assert products_index_version() > version
    wool = next(bucket for bucket in cached["craft"]["buckets"] if bucket["key"] == "wool_weaving")
    assert wool["doc_count"] == 2
