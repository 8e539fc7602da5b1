"""The site talks to an Elasticsearch cluster given as several addresses: a node that is down costs a retry on
another node, not a failed search; new indexes get the configured shards and replicas."""

import pytest
from django.test import Client
from django.utils import translation

from search.engine import forget_clients, get_client
from search.indexing import alias_name
from tests.factories import make_product

pytestmark = pytest.mark.django_db

NODE_DOWN = "http://127.0.0.1:9"  # nothing listens there


@pytest.fixture
def cluster_with_a_node_down(search_engine, settings):
    """Three nodes as production lists them, two of them down: only retries reach the one that answers."""
    settings.ELASTICSEARCH_URL = f"{NODE_DOWN},{search_engine},http://127.0.0.1:1"
    settings.SEARCH_MAX_RETRIES = 2
    forget_clients()
    yield settings.ELASTICSEARCH_URL
    forget_clients()


def test_searches_succeed_while_nodes_of_the_cluster_are_down(cluster_with_a_node_down, index_everything):
    # Given a piece in the index, with two of the cluster's three nodes down
    jar = make_product(title_en="Clay jar with a rosewood lid", title_ar="جرة فخارية بغطاء من خشب الورد")
    index_everything()

    # When buyers search again and again (the client takes the nodes in turn)
    pages = [Client().get("/en/shop/search/?q=rosewood") for _ in range(6)]

    # Then every search finds it
    with translation.override("en"):
        link = jar.get_absolute_url()
    assert all(page.status_code == 200 and link in page.content.decode() for page in pages)


def test_new_indexes_get_the_configured_shards_and_replicas(search_engine, settings, index_everything):
    settings.SEARCH_INDEX_SHARDS = 3
    settings.SEARCH_INDEX_REPLICAS = 1
    make_product()

    index_everything()

    (index_settings,) = get_client().indices.get_settings(index=alias_name("products")).values()
    assert index_settings["settings"]["index"]["number_of_shards"] == "3"
    assert index_settings["settings"]["index"]["number_of_replicas"] == "1"


def test_production_reads_the_cluster_settings_from_the_environment():
    from tests.marketplace.test_security import PRODUCTION_ENV, _run_with_production_settings

    script = (
        "from django.conf import settings as s; from search.engine import engine_urls; "
        "print(engine_urls(), s.SEARCH_INDEX_SHARDS, s.SEARCH_INDEX_REPLICAS, s.SEARCH_REQUEST_TIMEOUT, "
        "s.SEARCH_MAX_RETRIES)"
    )
    env = {
        **PRODUCTION_ENV,
        "ELASTICSEARCH_URL": "https://es1.hirfa.internal:9200, https://es2.hirfa.internal:9200,https://es3.hirfa.internal",
        "SEARCH_INDEX_SHARDS": "2",
        "SEARCH_INDEX_REPLICAS": "1",
        "SEARCH_REQUEST_TIMEOUT": "3",
        "SEARCH_MAX_RETRIES": "2",
    }
    result = _run_with_production_settings(["shell", "--no-imports", "-c", script], env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['https://es1.hirfa.internal:9200', 'https://es2.hirfa.internal:9200', 'https://es3.hirfa.internal'] 2 1 3.0 2"
    )
