"""Oscar's report formatters, forked for one class: `ReportCSVFormatter`, whose CSV files (orders, baskets, offers,
vouchers, customers) make every cell safe for spreadsheets. Every other name is Oscar's."""

from oscar.apps.dashboard.reports.reports import *  # noqa: F403
from oscar.apps.dashboard.reports.reports import ReportCSVFormatter as OscarReportCSVFormatter

from marketplace.spreadsheets import SafeUnicodeCSVWriter


class ReportCSVFormatter(OscarReportCSVFormatter):
    def get_csv_writer(self, file_handle, **kwargs):
        return SafeUnicodeCSVWriter(open_file=file_handle, **kwargs)
