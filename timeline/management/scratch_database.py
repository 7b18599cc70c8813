"""A throw-away database for the commands that measure (evaluate_extraction, benchmark_import,
benchmark_site): migrated in a child process, then `manage.py` commands run against it, so that
the real database is never touched and each measurement starts from nothing."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings


class ScratchDatabase:
    def __init__(self, path: Path, *, production: bool = False):
        """A SQLite file at `path`. With `production`, the children run with DEBUG off (no query log),
        as a deployed site does."""
        self.env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
        if production:
            self.env |= {
                "DEBUG": "0",
                "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-secret-key"),
                "ALLOWED_HOSTS": "testserver",
                "SECURE_SSL_REDIRECT": "0",
            }
        self.manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        self.run("migrate", "-v", "0", check=True)

    def run(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        """`manage.py ARGS` against this database; its output is captured as text."""
        return subprocess.run([*self.manage, *args], env=self.env, capture_output=True, text=True, check=check)
