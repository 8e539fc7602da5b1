"""django-axes' lockout check, for the sign-in calls it can check.

axes refuses `authenticate()` without the request. Oscar's registration view signs a new account in that way, with
the password it was just created with, so registering failed with a server error. There is nothing to throttle
there (no one guesses a password they have just chosen), so a call without a request passes on to the next
backends. Every form where a password is typed gives the request and is checked: the sign-in page (Oscar's view),
the checkout's "who are you" step (checkout.views.IndexView) and the bank-details form (ledger/forms.py)."""

from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
