"""Shared set-up of the whole test suite: fast, isolated, and the browser for the browser tests."""

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections, transaction
from django.template import Template
from django.utils import translation

# The live server answers each request in a thread of its own; a connection kept open there (CONN_MAX_AGE)
# outlives the test and stops PostgreSQL from dropping the test database at the end of the run.
settings.DATABASES["default"]["CONN_MAX_AGE"] = 0

# The local web server of the fetch tests (`web`: saved pages, a feed, and failing responses).
pytest_plugins = ["articles.tests.webserver"]

# Template rendering as it is before Django's test set-up instruments it (see plain_template_rendering).
UNINSTRUMENTED_RENDER = Template._render

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_finish(session):
    """The modules, Django's set-up and the collected tests live as long as the run: moved out of the
    garbage collector's reach (gc.freeze), its every pass no longer walks them again, and with a larger
    first generation it passes less often over the many short-lived rows and template contexts of a
    test (a tenth of the run's CPU time). Only the test process: production keeps Python's defaults."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 50)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """On SQLite the test database lives in memory (fast), except when the run includes the job tests:
    their Celery worker is another process, which finds the database only in a file."""
    database = settings.DATABASES["default"]
    worker_tests = any(item.get_closest_marker("celery_worker") for item in request.session.items)
    if database["ENGINE"].endswith("sqlite3") and worker_tests:
        name = Path(tempfile.gettempdir()) / f"timeline-test-{os.getpid()}.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(name)


@pytest.fixture(autouse=True, scope="session")
def plain_template_rendering(django_test_environment):
    """Templates render as in production: Django's test set-up has every render send a signal on which the
    test client copies the whole context (for `response.context`), a tenth of a page's time. Tests here
    read what a reader reads, the page itself, so nothing asks for those copies."""
    instrumented, Template._render = Template._render, UNINSTRUMENTED_RENDER
    yield
    Template._render = instrumented


@pytest.fixture(autouse=True, scope="session")
def media_root(tmp_path_factory):
    """A MEDIA_ROOT of the test run's own: share images and photos never land in the developer's media/."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def fast_and_isolated(settings):
    """Every test: a cheap password hasher (the production one costs ~0.3 s per login), static files
    found on request, and the site's default language: a request to /en/ leaves English active in the
    thread, and reverse() would follow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every test client loads the middleware anew, and WhiteNoise would index every static file each time.
    settings.WHITENOISE_AUTOREFRESH = True
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached: a page or an overview drawn from another test's data would be
    served (the published token is random, but a test that writes nothing public has none)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def module_rows_transaction(django_db_setup, django_db_blocker):
    """For a test module whose every test reads the same rows: a module-scoped fixture that asks for this
    writes them once, in a transaction rolled back after the module's last test, and each test runs in a
    savepoint of it (what Django's setUpTestData does for a TestCase). Have each test fetch its instances
    anew (by pk), so that one test's changes to an object never reach the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def browser(monkeypatch):
    """A headless Chromium (Debian's, driven by Playwright). Playwright's sync API runs an event loop,
    which Django's ORM refuses to share unless told it is safe (only here, in the tests)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: bin/test installs Debian's chromium package")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # The test's queries ran inside Playwright's context, with database connections of their own:
        # closed here, or PostgreSQL would refuse to drop the test database at the end of the run.
        connections.close_all()


@pytest.fixture
def staff_in(django_user_model, client):
    """`staff_in("Curator")` (or "Reviewer"): the test client logged in as staff of that group."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("create_roles", verbosity=0)

    def login(group):
        user = django_user_model.objects.create_user(f"{group.lower()}-user", password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        return client

    return login
