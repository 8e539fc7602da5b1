"""The demo's questions: the demo artisan has two questions to answer and one answered, made once."""

import pytest
from django.core.management import call_command  # noqa: F401 (the command's class is used directly)

from catalogue.management.commands.load_demo import DEMO_ARTISAN_USER, DEMO_BUYER, Command
from conversations.models import Conversation
from conversations.selectors import median_time_to_answer, unanswered_count
from tests.factories import UserFactory, make_manager

pytestmark = pytest.mark.django_db


def test_the_demo_artisan_has_two_open_questions_and_one_answered(jar, salim):
    # Given the demo accounts (load_demo makes them before the questions)
    make_manager(salim, email=DEMO_ARTISAN_USER[0])
    UserFactory(email=DEMO_BUYER[0], first_name="Maryam")

    # When the demo's questions are made, twice
    Command()._ensure_demo_questions()
    Command()._ensure_demo_questions()

    # Then the artisan has three conversations, two waiting for an answer, and an answering time to show
    assert Conversation.objects.filter(artisan=salim, status=Conversation.Status.OPEN).count() == 3
    assert unanswered_count(salim) == 2
    assert median_time_to_answer(salim).total_seconds() == 5 * 3600
    arabic = Conversation.objects.get(language="ar")
    assert "٠٥٠١٢٣٤٥٦٧" not in arabic.messages.get().body
