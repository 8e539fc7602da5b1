from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_reviewer_role(sender, **kwargs) -> None:
    from moderation.roles import install_reviewer_role

    install_reviewer_role()


class ModerationConfig(AppConfig):
    """The authority's review of listings: nothing goes on sale, and no new text or photo is shown, until approved;
    and the authority's pages (verification, review queue, audit trail)."""

    name = "moderation"
    verbose_name = _("Listing moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_install_reviewer_role, sender=self, dispatch_uid="moderation-reviewer-role")
