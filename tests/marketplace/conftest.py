from tests.payments.conftest import *  # noqa: F403 (localstripe and the buyer's browser)
