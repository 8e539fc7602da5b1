"""Oscar's dashboard home page, whose order figures need `order.view_order` (its template is overridden in
marketplace/templates/oscar/dashboard/index.html)."""

from django.db.models import Count
from django.utils.timezone import now
from oscar.apps.dashboard import views as oscar_views
from oscar.core.loading import get_model

from payments.roles import VIEW_ORDERS, staff_may

ConditionalOffer = get_model("offer", "ConditionalOffer")
Product = get_model("catalogue", "Product")
StockAlert = get_model("partner", "StockAlert")


class IndexView(oscar_views.IndexView):
    """Oscar adds up every order for any staff account: revenue, orders and lines in the last day and of all time,
    the hour-by-hour chart, the status breakdown, customers who ordered and open baskets. Those are the buyers'
    orders: without `order.view_order` they are neither computed nor shown, and the page keeps the catalogue and
    stock figures (and, for staff, the offers and vouchers) as Oscar has them."""

    def get_stats(self):
        user = self.request.user
        if staff_may(user, VIEW_ORDERS):
            return {**super().get_stats(), "shows_orders": True}
        products, alerts = Product.objects.all(), StockAlert.objects.all()
        if not user.is_staff:  # a partner's own products, as Oscar does
            partner_ids = tuple(user.partners.values_list("id", flat=True))
            products = products.filter(stockrecords__partner_id__in=partner_ids)
            alerts = alerts.filter(stockrecord__partner_id__in=partner_ids)
        stats = {
            "shows_orders": False,
            "total_products": products.count(),
            "total_open_stock_alerts": alerts.filter(status=StockAlert.OPEN).count(),
            "total_closed_stock_alerts": alerts.filter(status=StockAlert.CLOSED).count(),
        }
        if user.is_staff:
            stats.update(
                offer_maps=(
                    ConditionalOffer.objects.filter(end_datetime__gt=now())
                    .values("offer_type")
                    .annotate(count=Count("id"))
                    .order_by("offer_type")
                ),
                total_vouchers=self.get_active_vouchers().count(),
            )
        return stats
