import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from datetime import time as dt_time
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from artisans.models import Artisan, SellerApplication
from artisans.registry_generator import load_reference
from artisans.services import artisan_add_manager, artisan_set_photo, seller_application_submit
from catalogue.demo.datafiles import DataFileError
from catalogue.demo.images import render_artisan_portrait, render_product_photo
from catalogue.demo.records import Photo, demo_catalogue, registration_dates, registry_records
from catalogue.importing import catalogue_import
from catalogue.services import ListingText, product_add_photo
from cms.demo.data import pages_data
from cms.demo.pages import load_demo_pages
from moderation.models import ListingSubmission
from moderation.services import ListingContent, Logistics, PhotoUpload, listing_create

Product = get_model("catalogue", "Product")

DEMO_STAFF = ("authority@hirfa.example", "hirfa-demo-authority")
DEMO_ARTISAN_USER = ("artisan@hirfa.example", "hirfa-demo-artisan")
DEMO_APPLICANT = ("applicant@hirfa.example", "hirfa-demo-applicant")
# A second artisan's manager, so that an order from two artisans can be followed in both workshops, and a buyer with
# an account, for the account's order pages.
DEMO_SECOND_ARTISAN_USER = ("artisan2@hirfa.example", "hirfa-demo-artisan2")
DEMO_BUYER = ("buyer@hirfa.example", "hirfa-demo-buyer")


def _render_product(job: tuple[str, str, str, int]) -> tuple[str, bytes]:
    sku, item_key, material, seed = job
    return sku, render_product_photo(item_key, material, seed)


def _render_portrait(job: tuple[str, str, int]) -> tuple[str, bytes]:
    registry_number, gender, seed = job
    return registry_number, render_artisan_portrait(seed, gender)


Order = get_model("order", "Order")
DEMO_ORDERS = 120
DEMO_SEARCHES = 1500


class Command(BaseCommand):
    help = (
        "Fill this site with the demo catalogue (its data files are catalogue/demo/*.yaml and cms/demo/*.yaml): a "
        "registry of artisans spread over the governorates as in 2017 and registered since 2003, sellers of every "
        "governorate with their portraits, design deposits and products of every craft with generated photos, the "
        "demo accounts, a request to join and a new piece waiting for the authority's review, paid orders and "
        "searches of the past months, and the content pages in both languages (stories, collections, craft, "
        "governorate and event pages). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            default=os.environ.get("HIRFA_DEMO_SITE", "127.0.0.1:8000"),
            help="The address the demo is served on, for the links in its e-mails (default 127.0.0.1:8000).",
        )

    def handle(self, *args, **options) -> None:
        if not getattr(settings, "ALLOW_DEMO_DATA", False):
            raise CommandError("Demo data is not allowed with these settings (ALLOW_DEMO_DATA is off).")
        started = time.monotonic()
        self._point_links_at(options.get("site") or "127.0.0.1:8000")
        reference = load_reference()
        if reference.missing():
            raise CommandError(
                "The reference data is incomplete (run migrate): missing " + ", ".join(reference.missing())
            )
        try:
            demo = demo_catalogue()
            registry = registry_records(reference)
            pages = pages_data()
        except DataFileError as error:
            raise CommandError("The demo's data files have problems:\n" + "\n".join(error.problems)) from error
        except ValueError as error:
            raise CommandError(f"The demo catalogue cannot be made: {error}") from error
        # The registry's other artisans first, then the sellers, deposits and pieces: one import, one transaction.
        records = registry + demo.records
        stream = BytesIO("\n".join(json.dumps(record, ensure_ascii=False) for record in records).encode())
        imported_at = timezone.now()
        report = catalogue_import(stream)
        if not report.ok:
            raise CommandError("The demo catalogue does not import:\n" + "\n".join(map(str, report.problems)))
        for kind, counts in report.counts.items():
            self.stdout.write(
                f"{kind}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged"
            )
        self._date_registrations(
            [record["registry_number"] for record in records if record["kind"] == "artisan"], imported_at
        )

        photos = self._add_product_photos(demo.photos)
        portraits = self._add_portraits(demo.portraits)
        self._ensure_demo_accounts(demo)
        self._ensure_review_examples(demo)
        self._ensure_demo_activity()
        self._ensure_demo_reviews()
        self._ensure_demo_certificates()
        self._ensure_demo_questions()
        self._ensure_demo_favourites()
        self.stdout.write(f"photos: {photos} product photos and {portraits} portraits generated")
        self.stdout.write(str(load_demo_pages(pages)))
        self.stdout.write(
            self.style.SUCCESS(f"Demo catalogue ready in {time.monotonic() - started:.0f} s.")
            + f"\n  staff (dashboard, CMS, reviews at /en/authority/): {DEMO_STAFF[0]} / {DEMO_STAFF[1]}"
            + f"\n  artisan (workshop):     {DEMO_ARTISAN_USER[0]} / {DEMO_ARTISAN_USER[1]}"
            + f" ({self._managed_artisan_url(DEMO_ARTISAN_USER[0])})"
            + f"\n  second artisan:         {DEMO_SECOND_ARTISAN_USER[0]} / {DEMO_SECOND_ARTISAN_USER[1]}"
            + f" ({self._managed_artisan_url(DEMO_SECOND_ARTISAN_USER[0])})"
            + f"\n  buyer (account):        {DEMO_BUYER[0]} / {DEMO_BUYER[1]}"
            + f"\n  applicant (waiting to be verified): {DEMO_APPLICANT[0]} / {DEMO_APPLICANT[1]}"
        )

    @transaction.atomic
    def _date_registrations(self, registry_numbers: list[str], imported_at) -> None:
        """The import dates every new entry today; a registry has grown over years, and the insights' registry
        chart shows it. Only the entries this run created are dated (a second run finds none), so that an entry's
        date never changes once the demo is loaded."""
        new = list(Artisan.objects.filter(registry_number__in=registry_numbers, created_at__gte=imported_at))
        dates = registration_dates([artisan.registry_number for artisan in new], today=timezone.localdate())
        for artisan in new:
            # Registered in the morning, verified at once: the registry is the authority's own record.
            artisan.created_at = artisan.verified_at = timezone.make_aware(
                datetime.combine(dates[artisan.registry_number], dt_time(9, 0))
            )
        Artisan.objects.bulk_update(new, ["created_at", "verified_at"], batch_size=500)

    def _managed_artisan_url(self, email: str) -> str:
        artisan = Artisan.objects.filter(partner__users__email=email).first()
        return f"pieces at /en{artisan.get_absolute_url()[3:]}" if artisan else "no artisan"

    def _ensure_demo_activity(self) -> None:
        """Paid orders and searches over the past months, so the authority's insights have sales and searches to
        show (once: a second run finds the demo orders and adds none)."""
        from insights.activity_generator import DEMO_ORDER_PREFIX, generate_activity

        if Order.objects.filter(number__startswith=DEMO_ORDER_PREFIX).exists():
            return
        made = generate_activity(orders=DEMO_ORDERS, searches=DEMO_SEARCHES, months=18)
        self.stdout.write(f"activity: {made['orders']} paid orders and {made['searches']} searches")

    def _ensure_demo_reviews(self) -> None:
        """Buyers' reviews of the demo artisans' pieces (catalogue/demo/reviews.yaml): published, some with the
        artisan's answer, in both languages, and one waiting for the authority. Once: a second run adds none."""
        from catalogue.demo.reviews import ensure_demo_reviews

        made = ensure_demo_reviews(
            artisan_emails={"first": DEMO_ARTISAN_USER[0], "second": DEMO_SECOND_ARTISAN_USER[0]},
            authority_email=DEMO_STAFF[0],
        )
        if made:
            self.stdout.write(f"reviews: {made} buyers' reviews")

    def _ensure_demo_certificates(self) -> None:
        """A signed certificate for every piece of the demo's paid orders, as their shipment would have issued (once:
        lines that have theirs are skipped)."""
        from insights.activity_generator import DEMO_ORDER_PREFIX
        from provenance.services import certificates_issue_for_order

        issued = 0
        for order in Order.objects.filter(number__startswith=DEMO_ORDER_PREFIX).order_by("number"):
            issued += len(certificates_issue_for_order(order))
        if issued:
            self.stdout.write(f"certificates: {issued} issued for the demo's paid orders")

    def _ensure_demo_questions(self) -> None:
        """Questions to the demo artisan from catalogue/demo/questions.yaml, through the conversations services (once:
        a second run finds the artisan's conversations and adds none)."""
        from datetime import timedelta
        from pathlib import Path

        import yaml

        from conversations.models import Conversation
        from conversations.services import conversation_reply, question_ask, question_confirm
        from marketplace.bilingual import written_language

        User = get_user_model()
        manager = User.objects.filter(email=DEMO_ARTISAN_USER[0]).first()
        artisan = Artisan.objects.filter(partner__users=manager).first() if manager else None
        if artisan is None or Conversation.objects.filter(artisan=artisan).exists():
            return
        pieces = list(artisan.products.filter(is_public=True).order_by("pk")[:3])
        if not pieces:
            return
        questions = yaml.safe_load((Path(__file__).resolve().parents[2] / "demo" / "questions.yaml").read_text("utf-8"))
        for number, question in enumerate(questions):
            buyer = User.objects.filter(email=question.get("buyer", "")).first()
            first, *rest = question["messages"]
            with transaction.atomic():
                conversation = question_ask(
                    product=pieces[number % len(pieces)],
                    body=first,
                    language=written_language(first, default="en"),
                    first_name=question["first_name"],
                    country=question.get("country", ""),
                    buyer=buyer,
                    guest_email="" if buyer else question["guest_email"],
                )
                if buyer is None:
                    question_confirm(conversation=conversation)
                for message in rest:
                    conversation_reply(
                        conversation=conversation, side="artisan", author=manager, body=message["artisan"]
                    )
                if question.get("answered_after_hours"):
                    conversation.refresh_from_db()
                    Conversation.objects.filter(pk=conversation.pk).update(
                        first_answered_at=conversation.opened_at + timedelta(hours=question["answered_after_hours"])
                    )
        self.stdout.write(f"questions: {len(questions)} asked to {artisan.registry_number}")

    def _ensure_demo_favourites(self) -> None:
        """The demo buyer has hearted a few pieces and follows the demo artisan, so their favourites page, the
        hearts and the artisan's counts show something (through the services, which add nothing a second time)."""
        from catalogue.selectors import browsable_products
        from favourites.services import favourite_add, follow_artisan

        buyer = get_user_model().objects.filter(email=DEMO_BUYER[0]).first()
        artisan = Artisan.objects.filter(partner__users__email=DEMO_ARTISAN_USER[0]).first()
        if buyer is None or artisan is None:
            return
        follow_artisan(user=buyer, artisan=artisan, language="ar")
        pieces = list(browsable_products().filter(artisan=artisan).order_by("pk")[:2])
        pieces += list(browsable_products().exclude(artisan=artisan).order_by("pk")[:3])
        for product in pieces:
            favourite_add(user=buyer, session=None, product=product)

    def _point_links_at(self, address: str) -> None:
        """The links in the demo's e-mails (a guest's confirmation, an answer, a digest, a reminder) lead to the demo
        itself, not to Django's placeholder site "example.com"; a site already named by someone is left alone."""
        from django.contrib.sites.models import Site

        Site.objects.filter(pk=settings.SITE_ID, domain="example.com").update(domain=address, name="Hirfa")

    def _add_product_photos(self, photos: dict[str, Photo]) -> int:
        without_photo = Product.objects.filter(upc__in=list(photos), images__isnull=True)
        products = {product.upc: product for product in without_photo}
        jobs = [(sku, *photos[sku]) for sku in sorted(photos) if sku in products]
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for sku, data in pool.map(_render_product, jobs, chunksize=8):
                product_add_photo(
                    product=products[sku],
                    upload=SimpleUploadedFile(f"{sku.lower()}.jpg", data, content_type="image/jpeg"),
                    caption="",
                )
        return len(jobs)

    def _add_portraits(self, portraits: dict[str, str]) -> int:
        artisans = {a.registry_number: a for a in Artisan.objects.filter(registry_number__in=list(portraits), photo="")}
        jobs = [
            (number, portraits[number], index) for index, number in enumerate(sorted(portraits)) if number in artisans
        ]
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for number, data in pool.map(_render_portrait, jobs, chunksize=8):
                artisan_set_photo(
                    artisan=artisans[number],
                    upload=SimpleUploadedFile(f"{number.lower()}.jpg", data, content_type="image/jpeg"),
                )
        return len(jobs)

    @transaction.atomic
    def _ensure_demo_accounts(self, demo) -> None:
        User = get_user_model()
        email, password = DEMO_STAFF
        if not User.objects.filter(email=email).exists():
            User.objects.create_superuser(username="authority", email=email, password=password)
        email, password = DEMO_ARTISAN_USER
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(username="artisan", email=email, password=password)
        first_artisan = (
            Artisan.objects.filter(registry_number__in=list(demo.portraits)).order_by("registry_number").first()
        )
        if first_artisan and not first_artisan.partner.users.filter(pk=user.pk).exists():
            artisan_add_manager(artisan=first_artisan, user=user)
        email, password = DEMO_SECOND_ARTISAN_USER
        second = User.objects.filter(email=email).first()
        if second is None:
            second = User.objects.create_user(username="artisan2", email=email, password=password)
        # The first artisan of another governorate, with pieces on sale
        second_artisan = (
            Artisan.objects.filter(registry_number__in=list(demo.portraits), products__isnull=False)
            .exclude(governorate=first_artisan.governorate if first_artisan else None)
            .order_by("registry_number")
            .first()
        )
        if second_artisan and not second_artisan.partner.users.filter(pk=second.pk).exists():
            artisan_add_manager(artisan=second_artisan, user=second)
        email, password = DEMO_BUYER
        if not User.objects.filter(email=email).exists():
            User.objects.create_user(
                username="buyer", email=email, password=password, first_name="Maryam", last_name="Al Balushi"
            )

    @transaction.atomic
    def _ensure_review_examples(self, demo) -> None:
        """A request to join and a new piece waiting for review, so the authority's queues have something to show
        and the workshop shows a piece waiting. Made once: a second run finds them and adds nothing."""
        User = get_user_model()
        email, password = DEMO_APPLICANT
        applicant = User.objects.filter(email=email).first()
        if applicant is None:
            applicant = User.objects.create_user(username="applicant", email=email, password=password)
        record = (
            Artisan.objects.filter(registry_number__in=list(demo.portraits), partner__users__isnull=True)
            .order_by("-registry_number")
            .first()
        )
        if record and not SellerApplication.objects.filter(user=applicant).exists():
            seller_application_submit(
                user=applicant,
                registry_number=record.registry_number,
                seller_type=record.seller_type,
                name_ar=record.name_ar,
                name_en=record.name_en,
                governorate=record.governorate,
                wilayat=record.wilayat,
                crafts=tuple(record.crafts.all()),
                phone="9123 4567",
            )
        manager = User.objects.get(email=DEMO_ARTISAN_USER[0])
        artisan = Artisan.objects.filter(partner__users=manager).first()
        if artisan is None or ListingSubmission.objects.filter(artisan=artisan).exists():
            return
        model = artisan.products.filter(upc__in=list(demo.photos)).order_by("pk").first()
        photo = SimpleUploadedFile("new-piece.jpg", render_product_photo(*demo.unused_photo(model.upc)), "image/jpeg")
        listing_create(
            artisan=artisan,
            actor=manager,
            content=ListingContent(
                text=ListingText(
                    f"{model.title} (new design)" if model.title else "",
                    f"{model.title_ar} (تصميم جديد)" if model.title_ar else "",
                    model.description,
                    model.description_ar,
                ),
                craft=model.craft,
                materials=tuple(model.materials.all()),
            ),
            logistics=Logistics(price="18.500", stock=2, weight_g=model.weight_g),
            photos=[PhotoUpload(photo, model.title, model.title_ar)],
        )
