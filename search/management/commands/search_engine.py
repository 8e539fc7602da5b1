from django.conf import settings
from django.core.management.base import BaseCommand

from search.engine import engine_urls, root_information, stop_local_engine


class Command(BaseCommand):
    help = (
        "Start (if needed) and show the search engine; --stop stops the bundled in-memory engine. With "
        "ELASTICSEARCH_URL set this only reports the cluster."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--stop", action="store_true")

    def handle(self, *args, stop: bool, **options) -> None:
        if stop:
            stopped = stop_local_engine()
            self.stdout.write("bundled search engine stopped" if stopped else "no bundled search engine was running")
            return
        for url in engine_urls():
            information = root_information(url) or {}
            version = information.get("version", {})
            source = "ELASTICSEARCH_URL" if settings.ELASTICSEARCH_URL else "bundled in-memory engine"
            self.stdout.write(
                f"{url}: {version.get('distribution', 'elasticsearch')} {version.get('number', '?')} ({source})"
            )
