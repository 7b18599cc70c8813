"""The cache of production: Redis, which an outage of Redis only slows down."""

import logging
import time
from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.core.checks import Tags, Warning, register
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Until when (time.monotonic()) each Redis is left alone after a failure. Per process, not per cache object:
# Django gives every thread its own, and each would otherwise wait its own timeout first.
_paused_until: dict[str, float] = {}


class ForgivingRedisCache(RedisCache):
    """Django's Redis cache, except that a Redis that cannot be reached is a miss, not an error: pages are
    then drawn anew (slower) instead of failing, and each failure is logged as a warning.

    A circuit breaker: after a failure (refused, reset, or a timeout of a Redis that accepts and never
    answers) the cache is skipped for TIMELINE_CACHE_PAUSE_SECONDS, so that only the first request waits a
    socket timeout, not every cache call of every page; then Redis is tried again."""

    def _forgiving(self, operation: str, fallback, call, *args):
        location = ",".join(self._servers)
        if time.monotonic() < _paused_until.get(location, 0.0):
            return fallback
        try:
            return call(*args)
        except RedisError as error:
            pause = settings.TIMELINE_CACHE_PAUSE_SECONDS
            _paused_until[location] = time.monotonic() + pause
            logger.warning("Redis cache %s failed, going on without it for %s s: %s", operation, pause, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._forgiving("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._forgiving("set", None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgiving("add", False, super().add, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgiving("touch", False, super().touch, key, timeout, version)

    def has_key(self, key, version=None):
        return self._forgiving("has_key", False, super().has_key, key, version)

    def get_many(self, keys, version=None):
        return self._forgiving("get_many", {}, super().get_many, keys, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that were not stored: all of them when Redis failed.
        return self._forgiving("set_many", list(data), super().set_many, data, timeout, version)

    def delete(self, key, version=None):
        return self._forgiving("delete", False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._forgiving("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        self._forgiving("clear", None, super().clear)


def redis_address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "localhost", parts.port or 6379


@register(Tags.caches, deploy=True)
def check_cache_bound(app_configs=None, **kwargs):
    """`check --deploy`: the page cache's Redis must be bounded (maxmemory, evicting any key), and not be
    the broker's server: eviction applies to the whole server, and would drop queued jobs first."""
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return []
    warnings = []
    broker = getattr(settings, "CELERY_BROKER_URL", "")
    if broker.startswith(("redis://", "rediss://")) and redis_address(broker) == redis_address(url):
        warnings.append(
            Warning(
                "REDIS_URL and CELERY_BROKER_URL name the same Redis server: a full cache would evict queued jobs.",
                hint="Run the page cache on a Redis server of its own (another port) with maxmemory set.",
                id="timeline.W001",
            )
        )
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        config = client.config_get("maxmemory") | client.config_get("maxmemory-policy")
    except RedisError as error:
        return [*warnings, Warning(f"REDIS_URL: cannot read the cache's memory limit ({error})", id="timeline.W002")]
    if not int(config.get("maxmemory", 0)) or not config.get("maxmemory-policy", "").startswith("allkeys-"):
        warnings.append(
            Warning(
                f"REDIS_URL: the cache's Redis has no bound (maxmemory {config.get('maxmemory')}, "
                f"policy {config.get('maxmemory-policy')}): anyone sending distinct searches can fill it.",
                hint="In its redis.conf: maxmemory 256mb and maxmemory-policy allkeys-lru.",
                id="timeline.W003",
            )
        )
    return warnings
