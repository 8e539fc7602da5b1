"""One search-engine client per process, which asks the engine nothing once made (issue 19, part 2)."""

import contextlib
from unittest import mock

from search import engine


def test_the_bundled_engines_client_is_made_once_and_later_calls_ask_the_engine_nothing(search_engine, settings):
    settings.ELASTICSEARCH_URL = ""  # the bundled engine, found at its address (here: this test's own)
    settings.SEARCH_LOCAL_ENGINE_ADDRESS = search_engine.removeprefix("http://")
    engine.forget_clients()

    with mock.patch.object(engine, "root_information", wraps=engine.root_information) as asked:
        client = engine.get_client()
        asked_while_making = asked.call_count
        again = [engine.get_client() for _ in range(3)]

    assert asked_while_making >= 1
    assert asked.call_count == asked_while_making
    assert all(other is client for other in again)
    assert client.info()["version"]["number"]


def test_an_engine_that_does_not_answer_is_asked_again_next_time(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    engine.forget_clients()

    with mock.patch.object(engine, "root_information", return_value=None) as asked:
        for _ in range(2):
            with contextlib.suppress(engine.SearchUnavailable):
                engine.get_client()

    assert asked.call_count == 2
    engine.forget_clients()
