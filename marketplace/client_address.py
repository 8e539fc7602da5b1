"""The address of the client that sent a request: the one that every limit by address uses (django-axes' sign-in
lockout, the request limits of marketplace/rate_limits.py), so they all count the same person.

Behind the load balancer, REMOTE_ADDR is the balancer's address for every request; the client's is the last address
the balancer appended to X-Forwarded-For. Whatever a client writes in that header itself comes before, so the header
is read from the right, one hop per proxy, and only while the hop that handed the request on is one of our proxies
(`TRUSTED_PROXIES`, at most `TRUSTED_PROXY_COUNT` of them): a client that reaches a web server directly, or that
sends an X-Forwarded-For of its own through the balancer, cannot choose the address it is counted under.

django-ipware (django-axes' own way to read the header) picks a hop by its position in the header alone and never
asks whether the peer that sent the header is a proxy at all, so a client connecting to a web server directly would
choose its address; hence this function, given to django-axes as AXES_CLIENT_IP_CALLABLE and to django-ratelimit as
RATELIMIT_IP_META_KEY.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_ip_address(request: HttpRequest) -> str:
    peer = _parse(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 (a unix socket: no address to count)
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))
    if not networks or not _trusted(peer, networks):
        return str(peer)  # not through our proxies: a header the client sent says nothing
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    address = peer
    for _proxy in range(settings.TRUSTED_PROXY_COUNT):
        # `address` is one of our proxies; the last hop in the header is the address it received the request from.
        if not hops:
            break
        previous = _parse(hops.pop())
        if previous is None:
            break  # our proxies write addresses; noise there means the header is not theirs: keep the proxy's
        address = previous
        if not _trusted(address, networks):
            break  # the first address that is not ours is the client
    return str(address)


@lru_cache(maxsize=8)
def trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"DJANGO_TRUSTED_PROXIES must list addresses or networks (10.0.0.0/16), not {entry!r}."
            ) from error
    return tuple(networks)


def _trusted(address: Address, networks: tuple[Network, ...]) -> bool:
    return any(address.version == network.version and address in network for network in networks)


def _parse(text: str) -> Address | None:
    """An address as proxies write it: `203.0.113.7`, `203.0.113.7:51234`, `2001:db8::1` or `[2001:db8::1]:443`."""
    text = text.strip()
    if text.startswith("["):
        text = text[1 : text.find("]")] if "]" in text else ""
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address
