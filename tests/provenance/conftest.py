from tests.payments.conftest import *  # noqa: F403 (localstripe, the buyer's browser and the two artisans' products)
