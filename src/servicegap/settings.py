"""servicegap settings, read from the environment with defaults that let `make demo` run.

Every variable is read through one of the helpers below, which raise
`ImproperlyConfigured` with one line naming the variable and what is wrong, so that a
bad setting stops start-up instead of surfacing later as a confusing failure.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
# The checkout that holds `node_modules/` with the front-end libraries.
PROJECT_DIR = PACKAGE_DIR.parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return the variable, or the contents of the file named by `<name>_FILE`."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE: cannot read {file_name}: {exc.strerror}"
            ) from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: str = "false") -> bool:
    value = env_str(name, default).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}: expected true or false, got {value!r}")


def env_int(name: str, default: int, *, low: int = 0, high: int = 10**9) -> int:
    value = env_str(name, str(default)).strip()
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}: expected a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise ImproperlyConfigured(f"{name}: expected a number from {low} to {high}, got {number}")
    return number


def env_choice(name: str, default: str, choices: set[str]) -> str:
    value = env_str(name, default).strip().upper()
    if value not in choices:
        raise ImproperlyConfigured(
            f"{name}: expected one of {', '.join(sorted(choices))}, got {value!r}"
        )
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def writable_dir(name: str, default: str) -> Path:
    """Create the directory if needed and prove it is writable.

    The probe is a temporary file of this process's own: web, worker and background
    processes start together, and a shared probe name let one remove another's."""
    path = Path(env_str(name, default)).expanduser().resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise ImproperlyConfigured(
            f"{name}: {path} is not a writable directory ({exc.strerror})"
        ) from exc
    return path


def secret_key(data_dir: Path) -> str:
    """The configured secret key, or one generated once and kept in the data directory."""
    configured = env_str("SERVICEGAP_SECRET_KEY")
    if configured:
        if len(configured) < 32:
            raise ImproperlyConfigured("SERVICEGAP_SECRET_KEY: must be at least 32 characters long")
        return configured
    key_file = data_dir / "secret_key"
    if not key_file.exists():
        # Web, worker and beat may start together: write the key to a private temporary
        # file and link it into place, so that every process reads the same whole key.
        draft = data_dir / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_urlsafe(50))
        try:
            os.link(draft, key_file)
        except FileExistsError:
            pass  # another process was first; use its key
        finally:
            draft.unlink()
    return key_file.read_text(encoding="utf-8").strip()


def database(url: str, data_dir: Path) -> dict:
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": data_dir / "servicegap.sqlite3",
            "OPTIONS": SQLITE_OPTIONS,
            "CONN_MAX_AGE": SQLITE_CONN_MAX_AGE,
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except (ValueError, KeyError) as exc:
        raise ImproperlyConfigured(f"DATABASE_URL: cannot be parsed ({exc})") from None
    engine = config.get("ENGINE", "")
    if engine.endswith("sqlite3"):
        config["OPTIONS"] = SQLITE_OPTIONS
        config["CONN_MAX_AGE"] = SQLITE_CONN_MAX_AGE
    elif not engine.endswith("postgresql"):
        raise ImproperlyConfigured(
            f"DATABASE_URL: only postgres:// and sqlite:// are supported, got {url.split(':')[0]}://"
        )
    else:
        # PostgreSQL's JIT compiles each large aggregation anew: on the value-distance
        # benchmark it spent 6.1 s of an 8.7 s statement compiling (bench/README.md).
        options = config.setdefault("OPTIONS", {})
        options["options"] = (options.get("options", "") + " -c jit=off").strip()
    return config


# SQLite tuned for a web server with a few processes: WAL so readers never block the
# writer, IMMEDIATE transactions so writers queue instead of failing, and a busy timeout.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
# Each process keeps its SQLite connection between requests: a new one reads the whole
# schema (every app's tables and indexes, over 400) before its first statement, about
# 1.9 ms of CPU, and Django sets each one up; with a connection per request that was most
# of a public form POST's CPU (5.0 ms, 0.7 ms kept: bench/README.md).
SQLITE_CONN_MAX_AGE = 60

TESTING = "pytest" in sys.modules or env_bool("SERVICEGAP_TESTING")


def _test_data_dir() -> str:
    """A data directory of the test run's own, removed at its end: the tests never write
    into a checkout's ./var, where its owner's demo lives."""
    path = tempfile.mkdtemp(prefix="servicegap-test-")
    atexit.register(shutil.rmtree, path, True)
    return path


DATA_DIR = writable_dir(
    "SERVICEGAP_DATA_DIR",
    _test_data_dir() if TESTING and not os.environ.get("SERVICEGAP_DATA_DIR") else "./var",
)
DEBUG = env_bool("SERVICEGAP_DEBUG")
SECRET_KEY = secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("SERVICEGAP_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("SERVICEGAP_CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SERVICEGAP_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    # Before allauth, so that our templates replace its login and sign-up layouts.
    "servicegap.core",
    "allauth",
    "allauth.account",
    "servicegap.standards",
    "servicegap.audits",
    "servicegap.feedback",
    "servicegap.textlens",
    "servicegap.kits",
    "servicegap.customers",
    "servicegap.recovery",
    "servicegap.webhooks",
    "servicegap.pipeline",
    "servicegap.gap",
    "servicegap.people",
    "servicegap.privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "servicegap.core.middleware.PageHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "servicegap.core.middleware.MembershipMiddleware",
]
# The public pages (the customers' feedback form) need none of the sessions, logins,
# messages, htmx or time zones above, and choose their own language: `servicegap serve`
# runs them through this shorter stack (core/wsgi.py).
PUBLIC_PATH_PREFIXES = ["/s/"]
PUBLIC_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "servicegap.core.middleware.PageHeadersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "servicegap.urls"
# The home page: what needs each member today (the value-distance app's "Today").
SERVICEGAP_HOME_VIEW = "servicegap.gap.views.today_page"
WSGI_APPLICATION = "servicegap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "servicegap.core.context_processors.membership",
            ],
        },
    },
]

DATABASES = {"default": database(env_str("DATABASE_URL"), DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache also holds login and sign-up rate limits, so every server process must
# share it: the database by default, Redis when configured.
CACHE_URL = env_str("SERVICEGAP_CACHE_URL")
if CACHE_URL:
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured("SERVICEGAP_CACHE_URL: expected a redis:// URL")
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "servicegap_cache",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    # Argon2 is deliberately slow; tests hash thousands of passwords.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "account_login"

# django-allauth: e-mail is the login, sign-up asks for the organisation's name too.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "servicegap.core.forms.SignupForm"
# The starter kits offered at sign-up (core may not import the kits app): a function
# giving (key, label) choices and one installing a kit into an organisation.
STARTER_KIT_CHOICES = "servicegap.kits.catalogue.choices"
STARTER_KIT_INSTALLER = "servicegap.kits.install.install_kit"
ACCOUNT_EMAIL_VERIFICATION = "optional"
# A new account confirms its address before it is logged in (core/signup.py), in the
# browser it signed up from.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "servicegap.core.adapters.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    # Five failed logins per e-mail address per five minutes, then wait.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[servicegap] "
ACCOUNT_USER_DISPLAY = "servicegap.core.adapters.user_display"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing directory
NODE_MODULES = PROJECT_DIR / "node_modules"
# The files servicegap loads from npm packages (see core/staticfinders.py).
VENDOR_FILES = {
    "vendor/htmx": (NODE_MODULES / "htmx.org" / "dist", ["htmx.min.js"]),
    "vendor/chartjs": (NODE_MODULES / "chart.js" / "dist", ["chart.umd.js", "chart.umd.js.map"]),
}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "servicegap.core.staticfinders.VendorFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"

# E-mail: the console by default, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587, low=1, high=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", "true")
# Seconds an SMTP server may take before a send gives up (and is tried again later).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, low=1, high=600)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "servicegap <servicegap@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: secure by default in production; development (DEBUG) relaxes it.
SECURE_HTTPS = env_bool("SERVICEGAP_HTTPS", "false" if DEBUG or TESTING else "true")
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_SSL_REDIRECT = SECURE_HTTPS and env_bool("SERVICEGAP_SSL_REDIRECT", "true")
SECURE_HSTS_SECONDS = env_int(
    "SERVICEGAP_HSTS_SECONDS", 31536000 if SECURE_HTTPS else 0, high=2 * 31536000
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_bool("SERVICEGAP_HSTS_PRELOAD")
BEHIND_PROXY = env_bool("SERVICEGAP_BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many reverse proxies in front of the server append to X-Forwarded-For: the client's
# address, for every rate limit, is the one that many hops from the right (core/network.py).
SERVICEGAP_TRUSTED_PROXIES = env_int(
    "SERVICEGAP_TRUSTED_PROXIES", 1 if BEHIND_PROXY else 0, high=10
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The Content-Security-Policy of every response (core/csp.py): scripts and style sheets
# from the site only; inline <style> blocks of these templates by their hash.
CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "style-src-elem": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CSP_INLINE_STYLE_TEMPLATES = [
    "feedback/public_base.html",
    "500.html",
    "admin/change_list.html",
]
SESSION_COOKIE_HTTPONLY = True

# Background work. With no broker, tasks run in-process as they are called; with
# CELERY_BROKER_URL they go to worker processes, scheduled by `celery beat`.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# New feedback responses are followed up (comments analysed, alerts e-mailed, moments of
# truth, automatic cases) in batches within a second or two: by the workers when there
# is a broker, else by the background process of `servicegap serve`, which turns this on
# for its web workers (pipeline/background.py). Elsewhere, right after the commit.
FEEDBACK_QUEUE_FOLLOW_UPS = bool(CELERY_BROKER_URL)
# Each process following them up beats every HEARTBEAT seconds; one silent for SILENT
# seconds is dead (killed, its machine gone) and its batch is taken again by another,
# long before the ten-minute lease (pipeline/followup.py). The crash test shortens both.
PIPELINE_HEARTBEAT_SECONDS = env_int("SERVICEGAP_PIPELINE_HEARTBEAT_SECONDS", 10, low=1, high=300)
PIPELINE_SILENT_SECONDS = env_int(
    "SERVICEGAP_PIPELINE_SILENT_SECONDS", 40, low=2 * PIPELINE_HEARTBEAT_SECONDS, high=3600
)
# What `servicegap serve` starts beside gunicorn: dotted paths of functions that return
# a command line (or None), called before the workers are forked.
SERVICEGAP_SERVE_ALONGSIDE = ["servicegap.pipeline.background.alongside_server"]
# Lists that apps above gap add to Today (gap imports none of them): functions
# `(membership, *, now, since)` returning lists with key, title, rows, total and link.
SERVICEGAP_TODAY_SECTIONS = ["servicegap.people.highlights.today_sections"]
# The executive report's "best frontline ideas": a function `(membership, since, until)`
# returning the ideas to show; empty: the section is left out.
SERVICEGAP_REPORT_IDEAS = "servicegap.people.highlights.best_ideas"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# The one place that says what runs on a schedule.
CELERY_BEAT_SCHEDULE = {
    "purge-stale-invitations": {
        "task": "servicegap.core.tasks.purge_stale_invitations",
        "schedule": 24 * 60 * 60,
    },
    # pipeline: responses whose follow-up task was lost (the servers send one a second)
    "follow-up-feedback-responses": {
        "task": "servicegap.pipeline.tasks.follow_up_pending",
        "schedule": 60,
    },
    "forget-feedback-client-keys": {
        "task": "servicegap.feedback.tasks.forget_client_keys",
        "schedule": 6 * 60 * 60,
    },
    # customers: survey invitations due after a visit (claimed, so never sent twice)
    "send-due-survey-invitations": {
        "task": "servicegap.customers.tasks.send_due_invitations",
        "schedule": 5 * 60,
    },
    # customers: uploads too large for the web request, and runs whose process died
    "customers-run-pending-imports": {
        "task": "servicegap.customers.tasks.run_pending_imports",
        "schedule": 5,
    },
    "score-customers": {
        "task": "servicegap.customers.tasks.score_all",
        "schedule": 24 * 60 * 60,
    },
    # textlens: organisations that corrected comments get a model trained on them
    "retrain-corrected-comment-models": {
        "task": "servicegap.pipeline.tasks.retrain_corrected_models",
        "schedule": 24 * 60 * 60,
    },
    # recovery: overdue cases climb the chain one level
    "escalate-overdue-recovery-cases": {
        "task": "servicegap.recovery.tasks.escalate_overdue_cases",
        "schedule": 5 * 60,
    },
    # gap: the executive report by e-mail, on each organisation's day (DigestSchedule);
    # replaces recovery's weekly digest
    "gap-send-due-digests": {
        "task": "servicegap.gap.tasks.send_due_digests",
        "schedule": 60 * 60,
    },
    # webhooks: deliveries due (new ones, and retries after their pause)
    "webhooks-deliver-due": {
        "task": "servicegap.webhooks.tasks.deliver_due",
        "schedule": 10,
    },
    "people-erase-expired-candidates": {
        "task": "servicegap.people.tasks.erase_expired_candidates",
        "schedule": 24 * 60 * 60,
    },
    # privacy: personal data past each organisation's retention periods (RetentionSettings)
    "privacy-apply-retention": {
        "task": "servicegap.privacy.tasks.apply_retention",
        "schedule": 24 * 60 * 60,
    },
}

# Imports of visits (customers/importer.py, uploads.py). A file larger than the inline
# size is never imported in the web request: a Celery worker takes it, or without a
# broker the background process of `servicegap serve` (customers-run-pending-imports).
CUSTOMERS_IMPORT_MAX_BYTES = env_int("SERVICEGAP_IMPORT_MAX_MB", 1024, low=1, high=100_000) * 2**20
CUSTOMERS_IMPORT_INLINE_BYTES = env_int("SERVICEGAP_IMPORT_INLINE_KB", 512, high=10**6) * 2**10
# An XLSX file is refused before it is read when its parts unpack to more than this, or
# its sheet holds more rows (a few MB of zip can unpack to gigabytes).
CUSTOMERS_XLSX_MAX_UNPACKED_BYTES = (
    env_int("SERVICEGAP_IMPORT_XLSX_MAX_MB", 200, low=1, high=100_000) * 2**20
)
CUSTOMERS_XLSX_MAX_ROWS = env_int("SERVICEGAP_IMPORT_XLSX_MAX_ROWS", 1_000_000, low=1)
# A running import renews its heartbeat every sixth of this; one silent for longer was
# stopped (its process killed), and its hidden rows and upload are removed.
CUSTOMERS_IMPORT_LEASE_SECONDS = env_int("SERVICEGAP_IMPORT_LEASE_SECONDS", 60, low=2, high=3600)

INVITATION_MAX_AGE_DAYS = env_int("SERVICEGAP_INVITATION_DAYS", 7, low=1, high=90)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # A refused request (403, 404) is one line; a server error keeps its traceback.
    "filters": {"quiet_refusals": {"()": "servicegap.core.logs.QuietRefusals"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice(
            "SERVICEGAP_LOG_LEVEL", "INFO", {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
        ),
    },
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django.request": {"filters": ["quiet_refusals"]},
    },
}

# Each app's part of `servicegap demo`, in order.
SERVICEGAP_DEMO_STEPS = [
    "servicegap.core.demo.seed_organization",
    "servicegap.standards.demo.seed",
    "servicegap.audits.demo.seed",
    "servicegap.feedback.demo.seed",
    "servicegap.customers.demo.seed",
    "servicegap.customers.demo.seed_invitations",
    "servicegap.textlens.demo.seed",
    "servicegap.recovery.demo.seed",
    "servicegap.pipeline.demo.seed",
    "servicegap.people.demo.seed",
]

SILENCED_SYSTEM_CHECKS = [
    # HSTS preload binds every subdomain of the site's domain for months; it is opt-in
    # (SERVICEGAP_HSTS_PRELOAD=true), not a default.
    "security.W021",
]

# feedback: rate limits on public submissions (form and API), per survey link and per
# client address, over the last SERVICEGAP_FEEDBACK_RATE_WINDOW seconds, counted from the
# stored responses (the address kept only as a daily keyed hash). Behind proxies the
# client address is read as SERVICEGAP_TRUSTED_PROXIES says (core/network.py).
FEEDBACK_RATE_WINDOW = env_int("SERVICEGAP_FEEDBACK_RATE_WINDOW", 600)
FEEDBACK_MAX_PER_LINK = env_int("SERVICEGAP_FEEDBACK_MAX_PER_LINK", 200)
FEEDBACK_MAX_PER_ADDRESS = env_int("SERVICEGAP_FEEDBACK_MAX_PER_ADDRESS", 40)
# feedback: how long each server process keeps a survey link it read (an edit made
# through another process reaches the public form after at most this many seconds).
FEEDBACK_LINK_CACHE_SECONDS = env_int("SERVICEGAP_FEEDBACK_LINK_CACHE_SECONDS", 10)

# webhooks: each recovery case event is offered to these (dotted paths; recovery may not
# import the apps above it).
RECOVERY_CASE_EVENT_HOOKS = ["servicegap.webhooks.delivery.queue_case_event"]
# webhooks: seconds a receiving server may take to answer; and whether URLs on private,
# loopback or link-local addresses may be registered (an operator's choice, e.g. for an
# integration on the same network; off by default, against requests to internal hosts).
WEBHOOKS_TIMEOUT = env_int("SERVICEGAP_WEBHOOKS_TIMEOUT", 5, low=1, high=60)
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env_bool("SERVICEGAP_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES")

# The Celery app, configured from these settings, made the current one in every process
# that loads them (web workers, commands, tests), so that a task called without a broker
# runs eagerly here. Last, so that every setting above is there when it is read.
import servicegap.celery  # noqa: E402, F401
