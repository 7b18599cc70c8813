"""The outcomes curation records about events, as codes with labels in both languages.

Stored as codes (in `Event.draft_reason`, in the history's change reason); shown through their labels,
so the Vietnamese admin says them in Vietnamese and the English admin in English.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DraftReason(models.TextChoices):
    """Why the importer left an event a draft instead of publishing it."""

    YEAR_UNKNOWN = "year_unknown", _("chưa biết năm: bài cần ngày đăng")
    YEAR_ONLY = "year_only", _("chỉ biết năm")
    NEWS_DAY = "news_day", _("ngày lấy từ ngày đưa tin hoặc ngày đăng, không từ chính lời bài")
    YEAR_GUESSED = "year_guessed", _("năm chỉ là phỏng đoán")
    NO_PARTICIPANT = "no_participant", _("chưa nêu tên người tham gia")
    OFFICE_UNKNOWN = "office_unknown", _("chưa biết chức vụ của người tham gia")
    VISITOR_IS_HOST = "visitor_is_host", _("người đi thăm là người của nước được thăm: có thể nhầm chủ nhà")
    RIVAL_EVENT = "rival_event", _("bài có một sự kiện cùng loại trùng ngày")
    LOW_CONFIDENCE = "low_confidence", _("độ tin cậy dưới ngưỡng xuất bản")
    PLANNED = "planned", _("sự kiện dự kiến, chưa diễn ra")
    OTHER = "other", _("lý do khác của bộ trích xuất")

    @classmethod
    def of_extraction(cls, why: str) -> str:
        """The code of what extraction says about an event ("" when it may be published).

        Extraction's draft reasons are codes, or (until every rule gives one) its sentences, read here
        by their opening words: this is the one place that reads them."""
        if not why:
            return ""
        if why in cls.values:
            return why
        for opening, code in EXTRACTION_SENTENCES:
            if why.startswith(opening):
                return code
        return cls.OTHER


EXTRACTION_SENTENCES = [
    ("dated only to the year", DraftReason.YEAR_ONLY),
    ("dated by the article's news day", DraftReason.NEWS_DAY),
    ("its year is a guess", DraftReason.YEAR_GUESSED),
    ("no participant named", DraftReason.NO_PARTICIPANT),
    ("office unknown", DraftReason.OFFICE_UNKNOWN),
    ("the visitor is from the country visited", DraftReason.VISITOR_IS_HOST),
    ("another ", DraftReason.RIVAL_EVENT),
    ("year unknown", DraftReason.YEAR_UNKNOWN),
    ("confidence ", DraftReason.LOW_CONFIDENCE),
]


class HistoryReason(models.TextChoices):
    """What a curator (or an import) did, as the history's change reason records it."""

    PUBLISHED = "published", _("xuất bản")
    REJECTED = "rejected", _("loại")
    SENT_BACK_TO_DRAFT = "sent_back_to_draft", _("đưa về bản nháp")
    MERGED_INTO = "merged_into", _("được gộp vào một mục khác")
    MERGED_FROM = "merged_from", _("gộp các mục khác vào đây")
    SOURCE_DELETED = "source_deleted", _("về bản nháp: bài nguồn đã bị xóa")
    IMPORT_UNDONE = "import_undone", _("hoàn tác một lần nhập")
    DISMISSED = "dismissed", _("bỏ qua")

    @classmethod
    def label_of(cls, code) -> str:
        """The label of a recorded reason; a reason recorded before the codes is shown as it was."""
        if not code:
            return ""
        return cls(code).label if code in cls.values else code
