"""A heart on a piece (`Favourite`), an artisan followed (`Follow`) and the record of each weekly digest
(`FollowDigest`).

A heart is a yes/no per account and piece, so it is a row of its own with a unique pair rather than a line of Oscar's
wish lists: those are many named lists per account, with "the last created is the default" as a convention, and a
heart would have to pick one of them to add to and search all of them to remove from. Oscar's wish lists stay as
they are. A guest's hearts live in the session (`favourites.services.SESSION_KEY`) until they sign in.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Favourite(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favourites")
    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="favourites")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("favourite")
        verbose_name_plural = _("favourites")
        constraints = [models.UniqueConstraint(fields=["user", "product"], name="favourite_once_per_piece")]
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id} ♥ {self.product_id}"


class Follow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    artisan = models.ForeignKey("artisans.Artisan", on_delete=models.CASCADE, related_name="follows")
    # The language of the page where the buyer pressed "Follow": the digest is written in it.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="ar")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [models.UniqueConstraint(fields=["user", "artisan"], name="follow_once_per_artisan")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.artisan_id}"


class FollowDigest(models.Model):
    """One a week per follower, written before the e-mail in the same transaction: the unique week is what stops a
    second worker, or a second run, from sending the same week twice. A week with nothing new is recorded with no
    pieces and nothing sent."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follow_digests")
    week = models.DateField(help_text="The Monday of the week the digest belongs to.")
    created_at = models.DateTimeField(auto_now_add=True)
    piece_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("follow digest")
        verbose_name_plural = _("follow digests")
        constraints = [models.UniqueConstraint(fields=["user", "week"], name="follow_digest_once_a_week")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.week}"
