"""Failed sign-ins, counted two ways by django-axes (its database handler, with two limits instead of one).

- One account from one address: `AXES_FAILURE_LIMIT` wrong passwords lock that account for that address only, so
  someone guessing a buyer's password does not lock the buyer out from their own phone.
- One address across accounts: `AXES_ADDRESS_FAILURE_LIMIT` wrong passwords, whatever the accounts, lock every
  sign-in from that address, so trying a few passwords on many accounts is stopped too.

Both last `AXES_COOLOFF_TIME`. The address is `marketplace.client_address.client_ip_address`, the client's even
behind the load balancer. django-axes compares one number with one limit, so the handler reports an address over its
own limit as an account at the account limit.
"""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


class AccountAndAddressLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials: dict | None = None) -> int:
        # AXES_LOCKOUT_PARAMETERS is [["username", "ip_address"], "ip_address"]: one count for each, in that order.
        per_account, per_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_address >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            return max(per_account, settings.AXES_FAILURE_LIMIT)
        return per_account

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """A sign-in that succeeds clears that account's failures from that address, and only those: clearing the
        address's count would let someone with an account of their own wipe it between guesses at others."""
        for_this_account = self.filter_user_attempts(request, credentials)[0]
        deleted, _by_model = for_this_account.delete()
        return deleted
