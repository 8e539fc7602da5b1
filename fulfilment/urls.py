from django.urls import path

from . import views

app_name = "fulfilment"
urlpatterns = [
    path("workshop/<str:registry_number>/orders/", views.workshop_orders, name="workshop-orders"),
    path("workshop/<str:registry_number>/orders/<str:number>/", views.workshop_order, name="workshop-order"),
]
