from django.db import migrations

# The English sentences imports wrote before the codes, by their opening words, and the code each became
# (the codes of extraction/publishing.py; the admin shows their labels in its language).
SENTENCES = [
    ("dated only to the year", "date_imprecise"),
    ("dated by the article's news day", "dated_by_article"),
    ("its year is a guess", "year_guessed"),
    ("no participant named", "no_participant"),
    ("office unknown", "office_unknown"),
    ("the visitor is from the country visited", "visit_incomplete"),
    ("another ", "competing_event"),
    ("year unknown", "year_unknown"),
    ("confidence ", "low_confidence"),
]


def reasons_to_codes(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for reason in Event.objects.exclude(draft_reason="").values_list("draft_reason", flat=True).distinct():
        code = next((code for opening, code in SENTENCES if reason.startswith(opening)), None)
        if code is not None:
            Event.objects.filter(draft_reason=reason).update(draft_reason=code)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0014_event_part_of_occasion")]

    operations = [migrations.RunPython(reasons_to_codes, migrations.RunPython.noop)]
