from django.urls import path

from . import views

app_name = "provenance"

urlpatterns = [
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/<str:token>/certificate.jws", views.certificate_file, name="certificate-file"),
]
