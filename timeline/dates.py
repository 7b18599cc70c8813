"""Dates written as a reader of each language writes them."""

from datetime import date

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_span(start: date, end: date | None, precision: str, language: str = "vi") -> str:
    """'7–10/8/2024', '30/4–1/5/2022', '11/2023', '2023' (vi); '7–10 Aug 2024', 'Nov 2023' (en)."""
    end = end or start
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "month":
        if language == "en":
            one = lambda d: f"{MONTHS_EN[d.month - 1]} {d.year}"  # noqa: E731
        else:
            one = lambda d: f"{d.month}/{d.year}"  # noqa: E731
        return one(start) if (start.year, start.month) == (end.year, end.month) else f"{one(start)}–{one(end)}"
    if language == "en":
        if start == end:
            return f"{start.day} {MONTHS_EN[start.month - 1]} {start.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {MONTHS_EN[end.month - 1]} {end.year}"
        if start.year == end.year:
            return f"{start.day} {MONTHS_EN[start.month - 1]} – {end.day} {MONTHS_EN[end.month - 1]} {end.year}"
        return (
            f"{start.day} {MONTHS_EN[start.month - 1]} {start.year} – {end.day} {MONTHS_EN[end.month - 1]} {end.year}"
        )
    if start == end:
        return f"{start.day}/{start.month}/{start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day}/{end.month}/{end.year}"
    if start.year == end.year:
        return f"{start.day}/{start.month}–{end.day}/{end.month}/{end.year}"
    return f"{start.day}/{start.month}/{start.year}–{end.day}/{end.month}/{end.year}"


def format_bound(day: date, precision: str, language: str = "vi") -> str:
    """One date at its precision: '2022', '10/2023' or '7/8/2024' (vi); '2022', 'Oct 2023', '7 Aug 2024' (en)."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS_EN[day.month - 1]} {day.year}" if language == "en" else f"{day.month}/{day.year}"
    return (
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}" if language == "en" else f"{day.day}/{day.month}/{day.year}"
    )
