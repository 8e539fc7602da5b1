from django.urls import path

from moderation import views

app_name = "authority"

urlpatterns = [
    path("authority/", views.authority_home, name="home"),
    path("authority/artisans-to-verify/", views.application_queue, name="applications"),
    path("authority/artisans-to-verify/<int:pk>/", views.application_review, name="application"),
    path("authority/artisans-to-verify/<int:pk>/call/", views.application_record_call, name="application-call"),
    path("authority/listings-to-review/", views.submission_queue, name="submissions"),
    path("authority/listings-to-review/<int:pk>/", views.submission_review, name="submission"),
    path("authority/list-for-an-artisan/", views.list_for_artisan, name="list-for"),
    path("authority/bank-details-to-confirm/", views.held_bank_details, name="bank-details"),
    path(
        "authority/bank-details-to-confirm/<int:pk>/confirm/",
        views.held_bank_details_confirm,
        name="bank-details-confirm",
    ),
    path("authority/audit-trail/", views.audit_trail, name="audit"),
    path("photos-waiting-for-review/<int:pk>/", views.waiting_photo, name="waiting-photo"),
]
