"""What the browser tests share besides the `browser` fixture (conftest.py): screenshots for a person to look at."""

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def screenshot(page, name: str):
    """A full-page PNG in test-artifacts/screenshots/ (ignored by git)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
