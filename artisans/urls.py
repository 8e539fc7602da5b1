from django.urls import path

from artisans import views, workshop_app, workshop_views

app_name = "artisans"

PIECE = "workshop/<str:registry_number>/pieces/<int:product_pk>/"

urlpatterns = [
    path("artisans/", views.artisan_list, name="list"),
    path("artisans/<str:registry_number>/", views.artisan_detail, name="detail"),
    path("designs/", views.deposit_list, name="deposits"),
    path("designs/<str:number>/", views.deposit_detail, name="deposit"),
    # The workshop (artisan portal).
    path("workshop/", workshop_views.workshop_home, name="workshop"),
    path("workshop/join/", workshop_views.workshop_join, name="workshop-join"),
    # The workshop as an installable app: before the registry-number patterns, which would take "offline".
    path("workshop/manifest.webmanifest", workshop_app.workshop_manifest, name="workshop-manifest"),
    path("workshop/sw.js", workshop_app.workshop_service_worker, name="workshop-service-worker"),
    path("workshop/offline/", workshop_app.workshop_offline, name="workshop-offline"),
    path("workshop/<str:registry_number>/", workshop_views.workshop_dashboard, name="workshop-dashboard"),
    path("workshop/<str:registry_number>/profile/", workshop_views.workshop_profile, name="workshop-profile"),
    path("workshop/<str:registry_number>/managers/", workshop_views.workshop_managers, name="workshop-managers"),
    path(
        "workshop/<str:registry_number>/managers/requests/<int:application_pk>/",
        workshop_views.workshop_request_answer,
        name="workshop-request-answer",
    ),
    path("workshop/<str:registry_number>/pieces/", workshop_views.workshop_products, name="workshop-products"),
    path(
        "workshop/<str:registry_number>/pieces/new/", workshop_views.workshop_product_new, name="workshop-product-new"
    ),
    path(
        "workshop/<str:registry_number>/pieces/new/photos/",
        workshop_views.workshop_photo_upload,
        name="workshop-photo-upload",
    ),
    path("workshop/<str:registry_number>/stock/", workshop_views.workshop_stock, name="workshop-stock"),
    path(PIECE, workshop_views.workshop_product_edit, name="workshop-product-edit"),
    path(f"{PIECE}photos/", workshop_views.workshop_product_photos, name="workshop-product-photos"),
    path(f"{PIECE}photos/<int:image_pk>/", workshop_views.workshop_photo_action, name="workshop-photo-action"),
    path(
        f"{PIECE}waiting-photos/<int:photo_pk>/remove/",
        workshop_views.workshop_waiting_photo_remove,
        name="workshop-waiting-photo-remove",
    ),
]
