"""Oscar's report form, offering only the reports the signed-in account may run."""

from oscar.apps.dashboard.reports import forms as oscar_forms

from .utils import report_available_to


class ReportForm(oscar_forms.ReportForm):
    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # A report type the account may not run is not offered, and refused as an invalid choice if sent.
        self.fields["report_type"].choices = [
            (generator.code, generator.description)
            for generator in self.generators
            if report_available_to(generator, user)
        ]
