"""A throw-away database for the commands that measure (evaluate_extraction, benchmark_import,
benchmark_site, benchmark_load): migrated in a child process, then `manage.py` commands run against it,
so that the real database is never touched and each measurement starts from nothing."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management.base import CommandError

# The variables that point a process at a deployment's shared services; a scratch run goes without them
# (a local-memory cache, jobs run in the process). benchmark_load --redis-url names a Redis of its own.
LIVE_SERVICES = ("REDIS_URL", "CELERY_BROKER_URL")


class ScratchDatabase:
    def __init__(self, path: Path, *, production: bool = False, server_url: str | None = None):
        """A SQLite file at `path`, or with `server_url` (postgres://user@host:port/any) a new database on
        that PostgreSQL server, dropped by `close()`. With `production`, the children run with DEBUG off
        (no query log), as a deployed site does."""
        self.server = dj_database_url.parse(server_url) if server_url else None
        if self.server:
            if self.server["ENGINE"] != "django.db.backends.postgresql":
                raise ValueError(f"{server_url}: only a postgres:// URL names a database server")
            self.name = f"scratch_{secrets.token_hex(6)}"
            self._admin(f'CREATE DATABASE "{self.name}"')
            self.url = server_url.rsplit("/", 1)[0] + "/" + self.name
        else:
            self.url = f"sqlite:///{path}"
        # Nothing live: run with a deployment's environment, the children would otherwise write their pages
        # into its Redis, queue jobs on its broker and draw share images into its media folder.
        self.env = {name: value for name, value in os.environ.items() if name not in LIVE_SERVICES} | {
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(Path(path).parent / "scratch-media"),
        }
        if production:
            self.env |= {
                "DEBUG": "0",
                "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-secret-key"),
                "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
                "SECURE_SSL_REDIRECT": "0",
            }
        self.manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        self.run("migrate", "-v", "0", check=True)

    def _admin(self, sql: str):
        """Runs `sql` on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction)."""
        import psycopg

        server = self.server
        with psycopg.connect(
            dbname="postgres", user=server["USER"], password=server["PASSWORD"] or None,
            host=server["HOST"] or None, port=server["PORT"] or None, autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(sql)

    def close(self):
        """Drops the scratch database on the server (a SQLite file goes with its temporary folder)."""
        if self.server:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def run(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        """`manage.py ARGS` against this database; its output is captured as text."""
        return subprocess.run([*self.manage, *args], env=self.env, capture_output=True, text=True, check=check)


def build_corpus(sources: list[Path], count: int, target: Path) -> int:
    """Writes `count` unique article files into `target`; returns their total characters."""
    originals = [p.read_text(encoding="utf-8") for src in sources for p in sorted(src.glob("*.txt"))]
    if not originals:
        raise CommandError("no .txt articles in " + ", ".join(map(str, sources)))
    target.mkdir(parents=True, exist_ok=True)
    chars = 0
    for n in range(count):
        text = originals[n % len(originals)]
        # Each copy must be a new article: another URL (when the first line is one) and another
        # content hash (a trailing line that holds no event); otherwise the importer skips it.
        first, _, rest = text.partition("\n")
        if first.startswith(("http://", "https://")):
            text = f"{first}{'&' if '?' in first else '?'}copy={n + 1}\n{rest}"
        text = f"{text.rstrip()}\n\nBản lưu số {n + 1}.\n"
        (target / f"copy-{n:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars
