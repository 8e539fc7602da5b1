from django.urls import path

from . import views, workshop_views

app_name = "provenance"

urlpatterns = [
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/<str:token>/certificate.jws", views.certificate_file, name="certificate-file"),
    path(
        "certificates/order/<str:number>/<str:verification_hash>/claim/",
        views.order_certificates_claim,
        name="order-claim",
    ),
    path("verify/<str:token>/report/", views.fake_report, name="fake-report"),
    path("verify/<str:token>/pass-on/", views.certificate_pass_on, name="pass-on"),
    path("verify/<str:token>/claim/<str:code>/", views.certificate_claim, name="claim"),
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
