"""The outcomes curation records about events, as codes with labels in both languages.

Stored as codes (in `Event.draft_reason`, in the history's change reason); shown through their labels,
so the Vietnamese admin says them in Vietnamese and the English admin in English.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from extraction.publishing import DraftReason as Drafting

# Why the importer left an event a draft: the codes are the publishing decision's (extraction/publishing.py,
# which names the features that weigh most against an event); their labels are written here, once.
_DRAFT_REASON_LABELS = {
    Drafting.YEAR_UNKNOWN: _("chưa biết năm: bài cần ngày đăng"),
    Drafting.YEAR_GUESSED: _("năm là phỏng đoán, không do bài cho biết"),
    Drafting.YEAR_INFERRED: _("năm không viết cạnh ngày"),
    Drafting.DATED_BY_ARTICLE: _("ngày lấy từ ngày đăng bài, không từ lời của bài"),
    Drafting.DATED_BY_REFERENCE: _("năm lấy từ dữ liệu tham chiếu, bài không viết ngày"),
    Drafting.DATE_REFERS_BACK: _("ngày suy ra từ câu khác hoặc từ dịp lớn hơn"),
    Drafting.DATE_IMPRECISE: _("chỉ biết đến tháng hoặc năm"),
    Drafting.NO_PARTICIPANT: _("không nêu người tham gia"),
    Drafting.ONE_SIDE: _("chỉ nêu một bên, không rõ gặp ai"),
    Drafting.OUT_OF_OFFICE: _("người tham gia không giữ chức vụ ấy vào thời điểm này"),
    Drafting.OFFICE_UNKNOWN: _("không rõ chức vụ của người tham gia"),
    Drafting.VISIT_INCOMPLETE: _("chuyến thăm thiếu nước khách hoặc nước chủ nhà"),
    Drafting.COMPETING_EVENT: _("bài có sự kiện khác cùng loại hoặc cùng lúc"),
    Drafting.PLANNED: _("sự kiện dự kiến"),
    Drafting.BACKGROUND: _("sự kiện cũ được nhắc lại"),
    Drafting.HEADLINE_OR_CAPTION: _("nằm trong tiêu đề, chú thích ảnh hoặc tin liên quan"),
    Drafting.EVENT_TYPE: _("loại sự kiện này hay bị đọc sai"),
    Drafting.MANY_PARTIES: _("nhiều người hoặc nhiều nước"),
    Drafting.LOW_CONFIDENCE: _("độ tin cậy thấp"),
    Drafting.STRICT_TESTS: _("không qua các kiểm tra chặt của bộ trích xuất"),
}
DraftReason = models.TextChoices(
    "DraftReason", [(code.name, (code.value, _DRAFT_REASON_LABELS[code])) for code in Drafting]
)


def draft_reason_codes(value: str) -> list[str]:
    """The codes `Event.draft_reason` holds (several, strongest first, joined by commas)."""
    return [code.strip() for code in (value or "").split(",") if code.strip()]


def draft_reason_text(value: str) -> str:
    """Event.draft_reason in the admin's language: each code's label (a text written before the codes is
    shown as it was)."""
    codes = draft_reason_codes(value)
    if not all(code in DraftReason.values for code in codes):
        return value
    return "; ".join(str(DraftReason(code).label) for code in codes)


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
