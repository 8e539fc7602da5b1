from django.urls import path

from . import views, workshop_views

app_name = "provenance"

urlpatterns = [
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/<str:token>/certificate.jws", views.certificate_file, name="certificate-file"),
    path(
        "workshop/<str:registry_number>/certificates/",
        workshop_views.workshop_certificates,
        name="workshop-certificates",
    ),
    path(
        "workshop/<str:registry_number>/certificates/<int:serial>/tag.pdf",
        workshop_views.workshop_certificate_tag,
        name="workshop-certificate-tag",
    ),
]
