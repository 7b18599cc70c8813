"""The admin's form to add articles: pasted text or uploaded .txt files."""

from django import forms

from extraction.publication import parse_published


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"multiple": True, "accept": ".txt,text/plain"}))
        kwargs.setdefault("allow_empty_file", True)  # the importer says "the file is empty", by name
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class PublicationDateField(forms.Field):
    """A publication date known to the year, the month or the day ('2020', '2020-10', '2020-10-19')."""

    widget = forms.TextInput(attrs={"placeholder": "YYYY-MM-DD", "size": 12, "maxlength": 10})

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        try:
            return parse_published(value)
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None


class ArticleImportForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
        required=False,
        help_text="The article as copied from the page: title on the first line (or the URL, then the title).",
    )
    files = MultipleFileField(required=False, help_text="One or more UTF-8 .txt files.")
    url = forms.URLField(required=False, assume_scheme="https", help_text="The source URL (pasted text or one file).")
    outlet = forms.CharField(required=False, max_length=200)
    published = PublicationDateField(
        required=False,
        help_text="Publication date, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. "
        "It gives the year to dates written without one.",
    )

    def clean(self):
        data = super().clean()
        texts = 1 if data.get("text", "").strip() else 0
        count = texts + len(data.get("files") or [])
        if not count:
            raise forms.ValidationError("Paste an article's text or choose at least one .txt file.")
        if data.get("url") and count > 1:
            self.add_error("url", "A URL names one article: paste one text or choose one file.")
        return data
