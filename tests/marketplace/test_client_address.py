"""The client's address behind the load balancer (marketplace/client_address.py): read from X-Forwarded-For only as
far as our own proxies wrote it, so a client never chooses the address it is counted under."""

import pytest
from django.test import RequestFactory

from marketplace.client_address import client_ip_address

BALANCER = "10.0.3.17"
CDN_EDGE = "198.51.100.20"
CLIENT = "203.0.113.7"


def request_from(peer: str, forwarded_for: str | None = None):
    headers = {"REMOTE_ADDR": peer}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


@pytest.fixture
def behind_the_balancer(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/16"]
    settings.TRUSTED_PROXY_COUNT = 1
    return settings


def test_without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip_address(request_from(CLIENT, "192.0.2.1")) == CLIENT


def test_behind_the_balancer_the_client_is_the_address_the_balancer_appended(behind_the_balancer):
    assert client_ip_address(request_from(BALANCER, CLIENT)) == CLIENT


def test_a_forwarded_for_the_client_wrote_itself_comes_before_the_balancers_hop_and_is_ignored(behind_the_balancer):
    assert client_ip_address(request_from(BALANCER, f"192.0.2.1, 192.0.2.2, {CLIENT}")) == CLIENT


def test_a_client_reaching_a_web_server_directly_cannot_choose_its_address_with_the_header(behind_the_balancer):
    assert client_ip_address(request_from(CLIENT, "192.0.2.1")) == CLIENT


def test_a_client_inside_the_balancers_network_is_still_one_hop_only(behind_the_balancer):
    # The balancer appended 10.0.9.9 (an office on the private network); what it sent before is the client's own text
    assert client_ip_address(request_from(BALANCER, "192.0.2.1, 10.0.9.9")) == "10.0.9.9"


def test_behind_a_cdn_and_the_balancer_the_client_is_two_hops_back(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/16", "198.51.100.0/24"]
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip_address(request_from(BALANCER, f"192.0.2.1, {CLIENT}, {CDN_EDGE}")) == CLIENT
    # A client that goes round the CDN straight to the balancer is the balancer's hop: its own header is not read
    assert client_ip_address(request_from(BALANCER, f"192.0.2.1, {CLIENT}")) == CLIENT


def test_a_header_our_proxy_did_not_write_falls_back_to_the_proxy(behind_the_balancer):
    assert client_ip_address(request_from(BALANCER, "not-an-address")) == BALANCER
    assert client_ip_address(request_from(BALANCER, "")) == BALANCER
    assert client_ip_address(request_from(BALANCER)) == BALANCER


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("203.0.113.7:51234", "203.0.113.7"),
        ("2001:db8::7", "2001:db8::7"),
        ("[2001:db8::7]:443", "2001:db8::7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
    ],
)
def test_addresses_are_read_as_proxies_write_them(behind_the_balancer, written, address):
    assert client_ip_address(request_from(BALANCER, written)) == address


def test_a_misspelt_trusted_proxy_fails_loudly(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.TRUSTED_PROXIES = ["10.0.0.0/16", "balancer.internal"]
    with pytest.raises(ImproperlyConfigured, match="DJANGO_TRUSTED_PROXIES"):
        client_ip_address(request_from(BALANCER, CLIENT))
