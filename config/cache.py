"""The cache of production: Redis, which an outage of Redis only slows down."""

import logging
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


@contextmanager
def forgiven(operation: str):
    try:
        yield
    except RedisError as error:
        logger.warning("Redis cache %s failed, going on without it: %s", operation, error)


class ForgivingRedisCache(RedisCache):
    """Django's Redis cache, except that a Redis that cannot be reached is a miss, not an error: pages are
    then drawn anew (slower) instead of failing, and each failure is logged as a warning."""

    def get(self, key, default=None, version=None):
        with forgiven("get"):
            return super().get(key, default, version)
        return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with forgiven("set"):
            super().set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with forgiven("add"):
            return super().add(key, value, timeout, version)
        return False

    def get_many(self, keys, version=None):
        with forgiven("get_many"):
            return super().get_many(keys, version)
        return {}

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        with forgiven("set_many"):
            return super().set_many(data, timeout, version)
        return list(data)  # the keys that were not stored

    def delete(self, key, version=None):
        with forgiven("delete"):
            return super().delete(key, version)
        return False

    def clear(self):
        with forgiven("clear"):
            super().clear()
