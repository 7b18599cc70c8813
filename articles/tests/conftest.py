import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Each test starts with no cached page: a page cached by another test's data would be served."""
    cache.clear()
    yield
    cache.clear()
