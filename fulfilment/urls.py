from django.urls import path

from . import views

app_name = "fulfilment"
urlpatterns = [
    path("workshop/<str:registry_number>/orders/", views.workshop_orders, name="workshop-orders"),
    path("workshop/<str:registry_number>/orders/<str:number>/", views.workshop_order, name="workshop-order"),
    path(
        "workshop/<str:registry_number>/orders/<str:number>/lines/<int:line_pk>/refund/",
        views.workshop_line_refund,
        name="workshop-line-refund",
    ),
]
