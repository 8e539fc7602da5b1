from tests.moderation.conftest import *  # noqa: F403 (the people and pieces of the moderation tests)
