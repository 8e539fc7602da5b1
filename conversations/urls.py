from django.urls import path

from . import views

app_name = "conversations"

INBOX = "workshop/<str:registry_number>/questions/"

urlpatterns = [
    path("questions/ask/<int:product_pk>/", views.ask, name="ask"),
    path("questions/check-your-inbox/", views.check_inbox, name="check-inbox"),
    path("questions/confirm/<str:token>/", views.confirm, name="confirm"),
    path("questions/", views.my_questions, name="my-questions"),
    path("questions/<int:pk>/", views.my_conversation, name="mine"),
    path("questions/<int:pk>/report/", views.my_conversation_report, name="mine-report"),
    path("questions/guest/<str:token>/", views.guest_conversation, name="guest"),
    path("questions/guest/<str:token>/report/", views.guest_conversation_report, name="guest-report"),
    path(INBOX, views.workshop_inbox, name="workshop-inbox"),
    path(f"{INBOX}<int:pk>/", views.workshop_conversation, name="workshop-conversation"),
    path(f"{INBOX}<int:pk>/report/", views.workshop_conversation_report, name="workshop-conversation-report"),
    path("authority/conversations/", views.authority_conversations, name="authority-list"),
    path("authority/conversations/<int:pk>/", views.authority_conversation, name="authority-conversation"),
]
