"""The admin's forms: adding articles (pasted text, uploaded .txt or saved .html files, URLs), and a
publication date for an article that could not be dated."""

import re

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from articles.fetching import FetchError, refuse_long_url
from extraction.publication import parse_published


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"multiple": True, "accept": ".txt,.html,.htm,text/plain,text/html"})
        )
        kwargs.setdefault("allow_empty_file", True)  # the importer says "the file is empty", by name
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class PublicationDateField(forms.Field):
    """A publication date as a curator knows it: the year, the month or the day ('2020', '2020-10',
    '2020-10-19'). Cleaned to a DateSpan (None when left empty); a bad value gets a message in the
    admin's language."""

    widget = forms.TextInput(attrs={"placeholder": "YYYY-MM-DD", "size": 12, "maxlength": 10})

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        try:
            return parse_published(value)
        except ValueError:
            if re.fullmatch(r"\d{4}(-\d{1,2}){0,2}", value):
                raise forms.ValidationError(_("“%(value)s” không có trên lịch") % {"value": value}) from None
            raise forms.ValidationError(
                _("“%(value)s” không phải là ngày: hãy viết YYYY, YYYY-MM hoặc YYYY-MM-DD") % {"value": value}
            ) from None


class ArticleImportForm(forms.Form):
    urls = forms.CharField(
        label=_("Địa chỉ bài viết"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 90, "placeholder": "https://…"}),
        required=False,
        help_text=_("Một địa chỉ mỗi dòng: trang được tải về, lấy nội dung chính, tiêu đề, báo và ngày đăng."),
    )
    text = forms.CharField(
        label=_("Nội dung bài"),
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
        required=False,
        help_text=_("Bài viết như chép từ trang: tiêu đề ở dòng đầu (hoặc địa chỉ URL, rồi tiêu đề)."),
    )
    files = MultipleFileField(
        label=_("Tệp"), required=False, help_text=_("Một hoặc nhiều tệp .txt (UTF-8) hoặc trang đã lưu (.html).")
    )
    url = forms.URLField(
        label=_("Địa chỉ nguồn"),
        required=False,
        assume_scheme="https",
        help_text=_("Địa chỉ nguồn của bài dán vào hoặc của một tệp."),
    )
    outlet = forms.CharField(label=_("Báo"), required=False, max_length=200)
    published = PublicationDateField(
        label=_("Ngày đăng"),
        required=False,
        help_text=_("YYYY, YYYY-MM hoặc YYYY-MM-DD: cho năm của những ngày viết không kèm năm."),
    )

    def clean_urls(self):
        urls = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for url in urls:
            try:
                refuse_long_url(url)
            except FetchError as exc:
                raise forms.ValidationError(f"{exc.name}: {exc.reason}") from None
            try:
                validate(url)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("“%(url)s” không phải địa chỉ http:// hoặc https://") % {"url": url}
                ) from None
        return urls

    def clean(self):
        data = super().clean()
        texts = 1 if data.get("text", "").strip() else 0
        count = texts + len(data.get("files") or [])
        if not count and not data.get("urls"):
            raise forms.ValidationError(_("Hãy dán nội dung bài, chọn ít nhất một tệp hoặc nhập một địa chỉ."))
        limit = settings.TIMELINE_MAX_UPLOAD_FILES
        if len(data.get("files") or []) > limit:
            self.add_error(
                "files",
                _("Đã chọn %(count)s tệp: mỗi lần tải lên tối đa %(limit)s tệp (TIMELINE_MAX_UPLOAD_FILES).")
                % {"count": len(data["files"]), "limit": limit},
            )
        if data.get("url") and count > 1:
            self.add_error("url", _("Một địa chỉ nguồn chỉ cho một bài: dán một bài hoặc chọn một tệp."))
        return data


class PublicationDateForm(forms.Form):
    """The publication date of articles the importer could not date: a year, a month or a day."""

    published = PublicationDateField(
        label=_("Ngày đăng"),
        help_text=_("YYYY, YYYY-MM hoặc YYYY-MM-DD: bài được trích xuất lại với ngày này."),
    )
