"""Oscar's reports page, whose form offers only the reports the account may run (dashboard/reports/utils.py)."""

from functools import partial

from oscar.apps.dashboard.reports import views as oscar_views

from .forms import ReportForm


class IndexView(oscar_views.IndexView):
    def get(self, request, *args, **kwargs):
        self.report_form_class = partial(ReportForm, user=request.user)
        return super().get(request, *args, **kwargs)
