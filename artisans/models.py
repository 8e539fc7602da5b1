"""The artisan registry: where artisans work, who they are, and the designs registered with the authority.

Regions (the 11 governorates and their wilayats) are reference data loaded by a migration. Each `Artisan`
(an artisan, or an outlet such as an artisan house or a training centre selling its production) is a seller:
linked one-to-one to an Oscar `Partner`, whose `users` are the accounts that manage it. Writes go through
`artisans.services`; reads that pages share go through `artisans.selectors`.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from marketplace.bilingual import LocalizedText, active_language, localized_text

REGISTRY_NUMBER_PATTERN = r"^[A-Z0-9][A-Z0-9-]{2,31}$"
DEPOSIT_NUMBER_PATTERN = r"^[A-Z0-9][A-Z0-9-]{2,39}$"


class Governorate(models.Model):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    code = models.CharField(_("registry code"), max_length=3, unique=True, help_text=_("Three letters, e.g. DAK."))
    name_en = models.CharField(_("name in English"), max_length=80)
    name_ar = models.CharField(_("name in Arabic"), max_length=80)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("governorate")
        verbose_name_plural = _("governorates")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)


class Wilayat(models.Model):
    governorate = models.ForeignKey(
        Governorate, on_delete=models.PROTECT, related_name="wilayats", verbose_name=_("governorate")
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_ar = models.CharField(_("name in Arabic"), max_length=80)

    class Meta:
        ordering = ["governorate__name_en", "name_en"]
        verbose_name = _("wilayat")
        verbose_name_plural = _("wilayats")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)


class Artisan(models.Model):
    class SellerType(models.TextChoices):
        ARTISAN = "artisan", _("Artisan")
        OUTLET = "outlet", _("Outlet (artisan house or training centre)")

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")

    class Verification(models.TextChoices):
        PENDING = "pending", _("Waiting for verification")
        VERIFIED = "verified", _("Verified by the authority")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended by the authority")

    registry_number = models.CharField(
        _("registry number"),
        max_length=32,
        unique=True,
        validators=[RegexValidator(REGISTRY_NUMBER_PATTERN, _("Use capital letters, digits and dashes."))],
    )
    seller_type = models.CharField(
        _("seller type"), max_length=10, choices=SellerType.choices, default=SellerType.ARTISAN
    )
    name_en = models.CharField(_("name in English"), max_length=150, blank=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    gender = models.CharField(_("gender"), max_length=6, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    governorate = models.ForeignKey(
        Governorate, on_delete=models.PROTECT, related_name="artisans", verbose_name=_("governorate")
    )
    wilayat = models.ForeignKey(Wilayat, on_delete=models.PROTECT, related_name="artisans", verbose_name=_("wilayat"))
    crafts = models.ManyToManyField("catalogue.Category", related_name="artisans", blank=True, verbose_name=_("crafts"))
    full_time = models.BooleanField(_("works full time"), default=False)
    bio_en = models.TextField(_("biography in English"), blank=True)
    bio_ar = models.TextField(_("biography in Arabic"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="artisans/%Y/", blank=True)
    verification = models.CharField(
        _("verification"), max_length=10, choices=Verification.choices, default=Verification.PENDING, db_index=True
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    partner = models.OneToOneField(
        "partner.Partner", on_delete=models.PROTECT, related_name="artisan", verbose_name=_("seller account")
    )
    # When an account last became one of its managers: bank details changed in the days after are held
    # (ledger.services.payout_account_save).
    manager_added_at = models.DateTimeField(_("a manager last added"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["registry_number"]
        verbose_name = _("artisan")
        verbose_name_plural = _("artisans")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_en="", name_ar=""), name="artisan_has_a_name_in_some_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.registry_number})"

    def get_absolute_url(self) -> str:
        return reverse("artisans:detail", kwargs={"registry_number": self.registry_number})

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)

    @property
    def bio(self) -> LocalizedText:
        return localized_text(ar=self.bio_ar, en=self.bio_en)

    @property
    def place(self) -> str:
        """ "Nizwa, Ad Dakhiliyah" / "نزوى، الداخلية": the wilayat and governorate in the reader's language."""
        separator = "، " if active_language() == "ar" else ", "
        return f"{self.wilayat.name}{separator}{self.governorate.name}"

    @property
    def is_verified(self) -> bool:
        """Verified, and not suspended since: only such an artisan is shown to buyers, and only its workshop changes
        anything (listings, stock, photos, profile, bank details, orders)."""
        return self.verification == self.Verification.VERIFIED

    @property
    def closed_reason(self) -> str:
        """Why this artisan's workshop changes nothing, in the reader's language ("" when it is verified)."""
        from django.utils.translation import gettext

        if self.is_verified:
            return ""
        if self.verification == self.Verification.SUSPENDED:
            return gettext(
                "The authority has suspended this workshop: nothing in it can be changed, and buyers do not see its "
                "pieces, until the authority lifts the suspension. Call the authority."
            )
        if self.verification == self.Verification.REJECTED:
            return gettext(
                "The authority did not verify this artisan, so nothing in this workshop can be changed. Call the "
                "authority if you think this is a mistake."
            )
        return gettext(
            "The craft authority has not verified this artisan yet, so nothing in this workshop can be changed. You "
            "will get an e-mail when it is done."
        )

    @property
    def is_outlet(self) -> bool:
        return self.seller_type == self.SellerType.OUTLET


class DesignDeposit(models.Model):
    """A craft design registered with the Ministry's intellectual-property department, by an artisan or the
    authority."""

    number = models.CharField(
        _("deposit number"),
        max_length=40,
        unique=True,
        validators=[RegexValidator(DEPOSIT_NUMBER_PATTERN, _("Use capital letters, digits and dashes."))],
    )
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True)
    owner_artisan = models.ForeignKey(
        Artisan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="design_deposits",
        verbose_name=_("owner"),
        help_text=_("Leave empty when the authority owns the design."),
    )
    deposited_on = models.DateField(_("deposit date"))
    certificate_reference = models.CharField(_("certificate reference"), max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-deposited_on", "number"]
        verbose_name = _("design deposit")
        verbose_name_plural = _("design deposits")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(title_en="", title_ar=""), name="deposit_has_a_title_in_some_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("artisans:deposit", kwargs={"number": self.number})

    @property
    def title(self) -> LocalizedText:
        return localized_text(ar=self.title_ar, en=self.title_en)

    @property
    def is_owned_by_authority(self) -> bool:
        return self.owner_artisan_id is None


class SellerApplication(models.Model):
    """Someone asks to sell as the artisan or outlet with this registry number. The authority checks the request
    against the registry and approves it (the account then manages that artisan, who becomes verified) or rejects
    it with a reason the applicant sees in their language."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for verification")
        APPROVED = "approved", _("Verified")
        REJECTED = "rejected", _("Not verified")

    class RejectionReason(models.TextChoices):
        NOT_IN_REGISTRY = "not_in_registry", _("We could not find this registry number in the registry.")
        DETAILS_DIFFER = "details_differ", _("Your name or wilayat does not match the registry.")
        ALREADY_MANAGED = "already_managed", _("This registry number already has an account. Call the authority.")
        MANAGERS_REFUSED = (
            "managers_refused",
            _("The people who already manage this workshop did not agree to add you. Call the authority."),
        )
        OTHER = "other", _("Another reason, explained below.")

    class ManagersAnswer(models.TextChoices):
        ACCEPTED = "accepted", _("A manager agreed")
        REFUSED = "refused", _("A manager refused")

    class CallOutcome(models.TextChoices):
        CONFIRMED = "confirmed", _("The artisan confirmed they made this request")
        DENIED = "denied", _("The artisan said they did not make this request")
        NO_ANSWER = "no_answer", _("No answer, or the artisan could not be reached")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="seller_applications",
        verbose_name=_("account"),
    )
    registry_number = models.CharField(
        _("registry number"),
        max_length=32,
        validators=[RegexValidator(REGISTRY_NUMBER_PATTERN, _("Use capital letters, digits and dashes."))],
    )
    seller_type = models.CharField(
        _("seller type"), max_length=10, choices=Artisan.SellerType.choices, default=Artisan.SellerType.ARTISAN
    )
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_en = models.CharField(_("name in English"), max_length=150, blank=True)
    governorate = models.ForeignKey(Governorate, on_delete=models.PROTECT, related_name="+")
    wilayat = models.ForeignKey(Wilayat, on_delete=models.PROTECT, related_name="+")
    crafts = models.ManyToManyField("catalogue.Category", related_name="+", blank=True, verbose_name=_("crafts"))
    phone = models.CharField(_("phone"), max_length=20)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    rejection_reason = models.CharField(_("reason"), max_length=20, choices=RejectionReason.choices, blank=True)
    note_ar = models.TextField(_("note in Arabic"), blank=True)
    note_en = models.TextField(_("note in English"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    artisan = models.ForeignKey(Artisan, on_delete=models.SET_NULL, null=True, blank=True, related_name="applications")
    created_at = models.DateTimeField(auto_now_add=True)
    # A registry number that already has managers needs one of them to agree (in their workshop)...
    managers_answer = models.CharField(
        _("answer of the current managers"), max_length=10, choices=ManagersAnswer.choices, blank=True
    )
    managers_answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    managers_answered_at = models.DateTimeField(null=True, blank=True)
    # ... or a reviewer's call to the phone number in the registry (never the one in the request), recorded here.
    call_outcome = models.CharField(_("outcome of the call"), max_length=10, choices=CallOutcome.choices, blank=True)
    call_number = models.CharField(_("number called"), max_length=20, blank=True)
    call_made_by = models.CharField(_("who called"), max_length=150, blank=True)
    call_made_at = models.DateTimeField(_("when they called"), null=True, blank=True)
    call_note = models.TextField(_("note on the call"), blank=True)
    call_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("seller application")
        verbose_name_plural = _("seller applications")
        permissions = [("verify_sellers", _("Can verify artisans against the registry"))]
        constraints = [
            # One open request per account: a rejected applicant corrects it and asks again.
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status="pending"), name="one_pending_application_per_user"
            ),
            models.CheckConstraint(
                condition=~models.Q(name_en="", name_ar=""), name="application_has_a_name_in_some_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.registry_number}: {self.name}"

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)

    @property
    def note(self) -> LocalizedText:
        return localized_text(ar=self.note_ar, en=self.note_en)
