from django.urls import path

from artisans import views

app_name = "artisans"

urlpatterns = [
    path("artisans/", views.artisan_list, name="list"),
    path("artisans/<str:registry_number>/", views.artisan_detail, name="detail"),
    path("designs/", views.deposit_list, name="deposits"),
    path("designs/<str:number>/", views.deposit_detail, name="deposit"),
    path("workshop/", views.workshop_home, name="workshop"),
    path("workshop/<str:registry_number>/profile/", views.workshop_profile, name="workshop-profile"),
    path("workshop/<str:registry_number>/products/", views.workshop_products, name="workshop-products"),
    path(
        "workshop/<str:registry_number>/products/<int:product_pk>/",
        views.workshop_product_edit,
        name="workshop-product-edit",
    ),
]
