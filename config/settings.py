"""Settings for the diplomatic event timeline, all read from the environment.

Development needs nothing set. Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see the
README's deployment section). Every variable read here, strictly parsed (a value that cannot be read stops the
start with the variable's name):

| variable | default | meaning |
|---|---|---|
| DEBUG | 1 | 0 in production (a boolean: 1/0, true/false, yes/no, on/off) |
| SECRET_KEY | (dev key) | required when DEBUG=0 |
| ALLOWED_HOSTS | localhost,… (dev) | comma-separated host names |
| CSRF_TRUSTED_ORIGINS | | comma-separated origins, e.g. https://timeline.example.org |
| DATABASE_URL | sqlite:///db.sqlite3 | e.g. postgres://user:password@host:5432/timeline |
| CONN_MAX_AGE | 60 | seconds a database connection is kept open |
| MEDIA_ROOT | ./media | where share images and uploaded photos are written |
| SECURE_SSL_REDIRECT | 1 | with DEBUG=0: redirect http to https (0 when the proxy does it) |
| SECURE_HSTS_SECONDS | 31536000 | with DEBUG=0: the HSTS max-age |
| LOG_LEVEL | WARNING | the root logger's level |
| TIMELINE_PUBLISH_CONFIDENCE | (learned) | events at least this likely right are published on import (publishing.py) |
| TIMELINE_HOME_COUNTRY | VN | ISO code of the country whose press the articles come from |
| TIMELINE_ALL_YEARS_UP_TO | 100 | a timeline with more events is shown a year at a time |
| TIMELINE_PAGE_SIZE | 100 | entries per page within what is shown |
| AXES_FAILURE_LIMIT | 5 | wrong admin passwords for one user name from one address before a lockout |
| AXES_COOLOFF_HOURS | 1 | how long that lockout lasts |
| TRUSTED_PROXY_COUNT | 1 (0 with DEBUG) | proxies in front of gunicorn, each adding to X-Forwarded-For |
| TIMELINE_MAX_ARTICLE_CHARS | 200000 | longest article (pasted, uploaded or on disk) an import accepts |
| TIMELINE_MAX_UPLOAD_FILES | 500 | most files in one admin upload |
| TIMELINE_MAX_EVIDENCE_CHARS | 1000 | an evidence sentence is cut to this length |
| TIMELINE_API_PAGE_SIZE | 200 | events per page of /api/events.json (with a `next` link) |
| TIMELINE_CACHE_SECONDS | 3600 | how long a rendered public page is kept (less when anything published changes) |
| TIMELINE_CACHE_PAUSE_SECONDS | 30 | after a Redis failure, how long pages are served without the cache |
| REDIS_URL | | e.g. redis://127.0.0.1:6379/0: the page cache shared by every worker (else local memory per process) |
| CELERY_BROKER_URL | | e.g. redis://127.0.0.1:6379/0: jobs run on a Celery worker; empty runs them in the web process |
| CURATION_FETCH_TIMEOUT | 20 | seconds to connect to, and then to wait on, a page or feed being fetched |
| CURATION_FETCH_TOTAL_SECONDS | 60 | the longest a whole fetch may take, however the server trickles it |
| CURATION_FETCH_MAX_BYTES | 5000000 | a page or feed larger than this is refused |
| CURATION_JOB_STALE_SECONDS | 180 | a running job silent this long is shown interrupted (its worker died) |
| CURATION_FETCH_USER_AGENT | timeline-curation/1.0 | the User-Agent of fetches |
| CURATION_FETCH_PRIVATE_ADDRESSES | 0 | 1 lets curators fetch from loopback and private networks (an intranet outlet) |
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS, FALSE_WORDS = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    """A boolean variable; anything but 1/0, true/false, yes/no, on/off is an error, not False."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(f"{name}={value!r}: use 1 or 0 (true/false, yes/no, on/off)")
    return value in TRUE_WORDS


def env_number(name: str, default, kind=int):
    """An int (or float) variable; a value that is not a number is an error naming the variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return kind(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: not a number") from None


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "timeline",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_number("CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (the site) go on while the importer writes, and with it NORMAL sync is
    # still safe against corruption: one transaction per article then costs no fsync of its own.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first: the public site is at /, English at /en/.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"

# Events read with at least this confidence are published on import; the rest wait as drafts.
TIMELINE_PUBLISH_CONFIDENCE = env_number("TIMELINE_PUBLISH_CONFIDENCE", None, float)
# The country whose press the articles come from: its own events often leave it unnamed ("the visit to Japan").
TIMELINE_HOME_COUNTRY = os.environ.get("TIMELINE_HOME_COUNTRY", "VN").strip().upper()
# A timeline with more events than this is shown a year at a time.
TIMELINE_ALL_YEARS_UP_TO = env_number("TIMELINE_ALL_YEARS_UP_TO", 100)
# Entries per page within what is shown (a busy year may hold hundreds).
TIMELINE_PAGE_SIZE = env_number("TIMELINE_PAGE_SIZE", 100)

# The proxies in front of gunicorn (the README's deployment has one): each appends the address it got the
# request from to X-Forwarded-For, so the client's address is read from there (config/client_address.py).
TRUSTED_PROXY_COUNT = env_number("TRUSTED_PROXY_COUNT", 0 if DEBUG else 1)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT}: not a number of proxies")

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    # Only a trusted proxy says whether the client used https; without one, a client could claim it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXY_COUNT else None
    SECURE_HSTS_SECONDS = env_number("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Hostile input, concurrency and load: security headers, login throttling, limits, caching ---------------

INSTALLED_APPS += ["csp", "axes"]
# CSP before the rest so that every response gets it; AxesMiddleware last, as its documentation asks.
MIDDLEWARE.insert(1, "csp.middleware.CSPMiddleware")
MIDDLEWARE.insert(2, "config.middleware.PermissionsPolicyMiddleware")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")

# Only our own scripts, styles, images and fonts; no frames, plugins or foreign form targets. Inline styles
# stay allowed: the admin's templates use a few `style=` attributes (scripts stay strictly 'self').
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# The browser features the site never uses are switched off for it and anything it might embed.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)

# Admin logins: after AXES_FAILURE_LIMIT wrong passwords for one user name from one client address, that pair
# is locked out for AXES_COOLOFF_HOURS (the same user from another address is not).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_number("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_number("AXES_COOLOFF_HOURS", 1.0, float)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.client_address.client_address"

# Limits on what an import accepts: longer articles are refused by name with the limit in the message
# (extraction time grows with the text, and no news article comes near it).
TIMELINE_MAX_ARTICLE_CHARS = env_number("TIMELINE_MAX_ARTICLE_CHARS", 200_000)
TIMELINE_MAX_UPLOAD_FILES = env_number("TIMELINE_MAX_UPLOAD_FILES", 500)  # a newsroom uploads a day of saved pages
TIMELINE_MAX_EVIDENCE_CHARS = env_number("TIMELINE_MAX_EVIDENCE_CHARS", 1_000)
# Django's own cap on uploaded files per request answers with a bare 400: kept above ours, so that the
# curator reads our message naming the limit instead.
DATA_UPLOAD_MAX_NUMBER_FILES = max(100, 2 * TIMELINE_MAX_UPLOAD_FILES)

# Rendered public pages and exports are cached until anything published changes (timeline/caching.py).
# Local memory (per process) by default; with several workers, set REDIS_URL so that they share one cache.
TIMELINE_CACHE_SECONDS = env_number("TIMELINE_CACHE_SECONDS", 3600)
# After a failure of Redis (down, or hung: a timeout), the cache is skipped this long (config/cache.py).
TIMELINE_CACHE_PAUSE_SECONDS = env_number("TIMELINE_CACHE_PAUSE_SECONDS", 30.0, float)
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHES = {
    "default": (
        {
            # A Redis outage makes pages slower, not errors; a Redis that does not answer is given up on soon.
            "BACKEND": "config.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "timeline",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 2000}}
    )
}
# Events per page of /api/events.json (the response links to the next page).
TIMELINE_API_PAGE_SIZE = env_number("TIMELINE_API_PAGE_SIZE", 200)

# --- Curation: fetching pages and feeds, background jobs -------------------------------------------
# Without a broker, jobs run in the web process as soon as they are queued (bin/serve needs nothing else).
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL", "").strip()
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "").strip() or "memory://"
CELERY_TASK_EAGER_PROPAGATES = False  # an eager job's failure is recorded on the job, as a worker's is
CELERY_TASK_ACKS_LATE = True  # a job whose worker dies is delivered again (and resumes where it stopped)
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_IGNORE_RESULT = True  # progress lives on the Job row, not in a result backend
CURATION_FETCH_TIMEOUT = env_number("CURATION_FETCH_TIMEOUT", 20, float)
# A whole fetch (redirects, headers and body) is cut at this, whatever the server does.
CURATION_FETCH_TOTAL_SECONDS = env_number("CURATION_FETCH_TOTAL_SECONDS", 60.0, float)
CURATION_FETCH_MAX_BYTES = env_number("CURATION_FETCH_MAX_BYTES", 5_000_000)
# A running job whose worker gave no sign of life for this long (one item, or one feed entry, takes at most
# a fetch and an extraction) is shown interrupted, with a button that resumes it.
CURATION_JOB_STALE_SECONDS = env_number("CURATION_JOB_STALE_SECONDS", 2 * CURATION_FETCH_TOTAL_SECONDS + 60, float)
# An unacknowledged job (its worker killed) is delivered again once this old; a job still running on a live
# worker is left alone by the second delivery (Job.claim), so it is safe below the longest job.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(2 * CURATION_JOB_STALE_SECONDS)}
CURATION_FETCH_USER_AGENT = os.environ.get("CURATION_FETCH_USER_AGENT", "timeline-curation/1.0")
# A link given by a curator (or a feed, or a redirect) must not reach the server's own network.
CURATION_FETCH_PRIVATE_ADDRESSES = env_bool("CURATION_FETCH_PRIVATE_ADDRESSES", False)
