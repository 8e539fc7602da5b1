"""Oscar's customer list and customer page, without the customers' orders for staff who may not see orders (their
order count in the list; their orders, order figures and spending on the page, whose template is overridden in
marketplace/templates/oscar/dashboard/users/detail.html)."""

from oscar.apps.dashboard.users import views as oscar_views

from payments.roles import VIEW_ORDERS, staff_may


class IndexView(oscar_views.IndexView):
    def get_table_kwargs(self):
        kwargs = super().get_table_kwargs()
        if not staff_may(self.request.user, VIEW_ORDERS):
            kwargs["exclude"] = (*kwargs.get("exclude", ()), "num_orders")
        return kwargs


class UserDetailView(oscar_views.UserDetailView):
    def get_queryset(self):
        if staff_may(self.request.user, VIEW_ORDERS):
            return super().get_queryset()
        return self.model.objects.all()  # the orders are neither shown nor fetched

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "shows_orders": staff_may(self.request.user, VIEW_ORDERS)}
