"""The address of the client a request comes from, for the login throttle (django-axes).

Behind the proxies of a deployment, REMOTE_ADDR is the nearest proxy's address: keyed on it, five wrong
passwords from anyone would lock a user out for every curator. Each trusted proxy appends the address it
received the request from to X-Forwarded-For, so with N trusted proxies the client is the N-th address
from the right; whatever stands further left was written by the client and may be forged.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str | None:
    """The client's address: REMOTE_ADDR without trusted proxies (TRUSTED_PROXY_COUNT=0), else the address
    the farthest trusted proxy received the request from. A header that is missing, too short or not made
    of addresses means the request did not come through them: REMOTE_ADDR then."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return remote
    client = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(client))
    except ValueError:
        return remote
