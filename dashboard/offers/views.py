"""Oscar's offer dashboard views, of which only the condition step's is overridden (Oscar's `get_class` takes a
class from this module before its own)."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.offers.views import OfferConditionView as OscarOfferConditionView


class OfferConditionView(OscarOfferConditionView):
    """Oscar's condition step with a title in the reader's language: Oscar's makes it from the step's English name
    ("Condition"), where its other steps' titles are translated."""

    def get_title(self):
        return _("Condition")
