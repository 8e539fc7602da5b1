from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_editorial_roles(sender, **kwargs) -> None:
    # The real models rather than the migration state post_migrate offers: Wagtail's tasks are polymorphic and
    # only the real model fills in their content type.
    from cms.workflow import install_editorial_roles

    install_editorial_roles()


class CmsConfig(AppConfig):
    """Wagtail content: home, stories, collections, craft, governorate and event pages, and the authority's
    editorial roles and workflow."""

    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # After every migrate (sender=self: once per run, after this app's tables exist), so that a fresh database,
        # the demo and the test database all have the roles and the workflow.
        post_migrate.connect(_install_editorial_roles, sender=self, dispatch_uid="cms-editorial-roles")
        from cms import receivers

        receivers.connect()
