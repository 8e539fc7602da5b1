"""Oscar's report generators, each needing named permissions instead of Oscar's `is_staff`: a report lists orders
and buyers (names, e-mails, what each spent, their baskets), so the staff account that reads it needs the
permissions that would show the same records elsewhere."""

from oscar.apps.analytics import reports as analytics_reports
from oscar.apps.basket import reports as basket_reports
from oscar.apps.dashboard.reports import utils as oscar_utils
from oscar.apps.offer import reports as offer_reports
from oscar.apps.order import reports as order_reports
from oscar.apps.voucher import reports as voucher_reports

from payments.roles import VIEW_ORDERS, staff_may

VIEW_USERS = "auth.view_user"


def report_available_to(generator, user) -> bool:
    """Whether `user` may run the report `generator` (a class or an instance)."""
    return staff_may(user, *generator.permissions)


class _NamedPermissions:
    permissions: tuple[str, ...] = ()

    def is_available_to(self, user) -> bool:
        return report_available_to(self, user)


class OrderReportGenerator(_NamedPermissions, order_reports.OrderReportGenerator):
    permissions = (VIEW_ORDERS,)  # every order with its buyer's name and e-mail


class ProductReportGenerator(_NamedPermissions, analytics_reports.ProductReportGenerator):
    permissions = ("analytics.view_productrecord",)


class UserReportGenerator(_NamedPermissions, analytics_reports.UserReportGenerator):
    permissions = (VIEW_USERS, "analytics.view_userrecord", VIEW_ORDERS)  # each buyer's e-mail, orders and spending


class OpenBasketReportGenerator(_NamedPermissions, basket_reports.OpenBasketReportGenerator):
    permissions = (VIEW_USERS, "basket.view_basket")  # each basket with its owner's name and e-mail


class SubmittedBasketReportGenerator(_NamedPermissions, basket_reports.SubmittedBasketReportGenerator):
    permissions = (VIEW_USERS, "basket.view_basket")


class VoucherReportGenerator(_NamedPermissions, voucher_reports.VoucherReportGenerator):
    permissions = ("voucher.view_voucher",)


class OfferReportGenerator(_NamedPermissions, offer_reports.OfferReportGenerator):
    permissions = ("offer.view_conditionaloffer",)


class GeneratorRepository(oscar_utils.GeneratorRepository):
    generators = [
        OrderReportGenerator,
        ProductReportGenerator,
        UserReportGenerator,
        OpenBasketReportGenerator,
        SubmittedBasketReportGenerator,
        VoucherReportGenerator,
        OfferReportGenerator,
    ]
