"""Annotated corpora of real articles, when the environment names them: TIMELINE_TEST_CORPORA lists folders
(separated as PATH is) each holding gold.json and articles/. They are not part of the repository; the
tests that read them skip without them."""

import os
from pathlib import Path

ANNOTATED_CORPORA = [Path(p) for p in os.environ.get("TIMELINE_TEST_CORPORA", "").split(os.pathsep) if p]
