from django.core.management.base import BaseCommand

from catalogue.selectors import browsable_products
from search.selectors import gazetteer
from search.vocabulary import unknown_words


class Command(BaseCommand):
    help = (
        "List the words of browsable listings' titles (both languages) that no analysis rule knows (not in "
        "search/data/glossary.csv, not filler, not a place), most used first, for the authority to add to the "
        "glossary. --all reads descriptions too."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--limit", type=int, default=100, help="show at most this many words (default 100)")
        parser.add_argument("--min-listings", type=int, default=1, help="only words used by this many listings")
        parser.add_argument("--all", action="store_true", help="read descriptions as well as titles")

    def handle(self, *args, limit: int, min_listings: int, all: bool, **options) -> None:
        fields = ["title", "title_ar", *(["description", "description_ar"] if all else [])]
        rows = browsable_products().order_by("pk").values_list("upc", *fields)
        found = unknown_words(((row[0], row[1:]) for row in rows.iterator()), gazetteer())
        found = [word for word in found if word.listings >= min_listings]
        self.stdout.write(f"{len(found)} words no analysis rule knows" + (f" (the first {limit})" if found else ""))
        for word in found[:limit]:
            self.stdout.write(f"{word.listings:6d}  {word.word}  ({word.key}; e.g. {word.example})")
