"""The outcomes of importing an article, as codes with labels in both languages.

The importer records codes; the admin, the job pages and the command show the labels, in the language
of the admin page (Vietnamese at /admin/, English at /en/admin/) or of LANGUAGE_CODE.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublishedSource(models.TextChoices):
    """Where an article's publication date came from."""

    GIVEN = "given", _("do người nhập cho (--published)")
    URL = "url", _("đọc từ địa chỉ URL của bài")
    PAGE = "page", _("đọc từ dòng ngày của trang")
    UNKNOWN = "", _("chưa biết")


class YearBasis(models.TextChoices):
    """Which source decided the year of the dates the article writes without one, most trusted first."""

    GIVEN = "given", _("ngày đăng do người biên tập cho")
    URL = "url", _("ngày trong địa chỉ URL của bài")
    PAGE = "page", _("dòng ngày của trang")
    TEXT = "text", _("một sự kiện có năm trong bài")
    TIMELINE = "timeline", _("dòng thời gian: một dịp hoặc một chức vụ đã có")
    UNKNOWN = "", _("không gì cả: chưa biết năm")


class SkipReason(models.TextChoices):
    """Why the importer wrote nothing new: the article is already there."""

    SAME_TEXT = "same_text", _("đã nhập rồi")
    SAME_URL = "same_url", _("đã có bài với địa chỉ này")


class RefusalReason(models.TextChoices):
    """Why a file, text or URL gave no article (or an article with no event on the timeline)."""

    EMPTY = "empty", _("tệp trống")
    NO_TEXT = "no_text", _("không có chữ nào")
    BINARY = "binary", _("tệp nhị phân, không phải văn bản")
    NOT_UNICODE = "not_unicode", _("tệp không phải UTF-8 hoặc UTF-16")
    TOO_LONG = "too_long", _("bài quá dài (giới hạn TIMELINE_MAX_ARTICLE_CHARS)")
    URL_TOO_LONG = "url_too_long", _("địa chỉ nguồn quá dài")
    BAD_DATE = "bad_date", _("ngày đăng không đọc được")
    NO_EVENT = "no_event", _("không tìm thấy sự kiện có ngày")
    FETCH = "fetch", _("không lấy được trang")
    FAILED = "failed", _("nhập thất bại")


class RefusalStatus(models.TextChoices):
    WAITING = "waiting", _("chờ xử lý")
    IMPORTED = "imported", _("đã nhập")
    DISMISSED = "dismissed", _("đã bỏ qua")


class ImportChannel(models.TextChoices):
    """The way an import came in."""

    FORM = "form", _("biểu mẫu của trang quản trị")
    JOB = "job", _("công việc nền")
    FEED = "feed", _("nguồn tin RSS")
    COMMAND = "command", _("lệnh import_articles")


def refusal_text(code: str, detail: str = "") -> str:
    """A refusal as the command and the messages say it: the label in the active language, then the detail."""
    label = str(RefusalReason(code).label)
    return f"{label} ({detail})" if detail else label
