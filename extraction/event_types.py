"""The event types: the one list the pipeline, the models, the icons and the labels are read from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    code: str
    label: str  # the type's name on the site and in the admin (Vietnamese; the catalogue translates it)
    title_head: str  # the head of a title composed for an event its sentence does not name ("Lễ ký …")
    # Tellings of one happening may differ in type within a family: one outlet's "hội đàm" (talks)
    # is another's "gặp" (meeting). A visit is its own family: the talks held during a visit are
    # a separate entry on the timeline.
    family: str
    icon: str  # a symbol every font with Vietnamese letters has (DejaVu): no emoji, no icon font


EVENT_TYPES = (
    EventType("visit", "Chuyến thăm", "Chuyến thăm", "visit", "✈"),
    EventType("talks", "Hội đàm", "Hội đàm", "talks", "⇄"),
    EventType("meeting", "Cuộc gặp", "Cuộc gặp", "talks", "◉"),
    EventType("call", "Điện đàm", "Điện đàm", "call", "☎"),
    EventType("conference", "Hội nghị", "Hội nghị", "multilateral", "▦"),
    EventType("committee_session", "Phiên họp ủy ban / đối thoại", "Phiên họp", "mechanism", "▣"),
    EventType("signing", "Ký kết", "Lễ ký", "signing", "✍"),
    EventType("upgrade", "Nâng cấp quan hệ", "Nâng cấp quan hệ", "framework", "⇧"),
    EventType("anniversary", "Kỷ niệm", "Kỷ niệm", "anniversary", "★"),
    EventType("message", "Điện mừng / thư", "Điện", "message", "✉"),
    EventType("other", "Khác", "Sự kiện", "other", "●"),
)
BY_CODE = {event_type.code: event_type for event_type in EVENT_TYPES}
# Held over several days: "trước đó" is not that day, and the telling of all its days dates the occasion.
OCCASIONS_OF_DAYS = {"visit", "conference", "committee_session"}
# Held on one day: a sentence that opens by referring to one ("Trước lễ ký, …", "Sau hội đàm, …") is of that day.
ONE_DAY_EVENTS = {"talks", "signing", "meeting", "call", "other"}


def event_type(code: str) -> EventType:
    """The type named `code`; an unknown code is 'other'."""
    return BY_CODE.get(code, BY_CODE["other"])


def same_family_codes(codes) -> list[str]:
    """Every type code in the families of `codes`."""
    families = {event_type(code).family for code in codes}
    return [t.code for t in EVENT_TYPES if t.family in families]
