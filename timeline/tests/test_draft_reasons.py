"""The publishing decision's reasons, stored as codes, read in the admin's language."""

from django.utils import translation

from extraction.publishing import DraftReason
from timeline.outcomes import DraftReason as DraftReasonChoice
from timeline.outcomes import draft_reason_text

STORED = f"{DraftReason.PLANNED}, {DraftReason.NO_PARTICIPANT}"


def test_codes_read_as_labels_in_either_language():
    with translation.override("vi"):
        assert draft_reason_text(STORED) == "sự kiện dự kiến; không nêu người tham gia"
    with translation.override("en"):
        assert draft_reason_text(STORED) == "a planned event; no participant named"


def test_every_reason_has_a_label_in_both_languages_and_older_texts_stay_as_written():
    with translation.override("en"):
        english = {str(DraftReasonChoice(reason).label) for reason in DraftReason}
    with translation.override("vi"):
        vietnamese = {str(DraftReasonChoice(reason).label) for reason in DraftReason}
    assert len(english) == len(vietnamese) == len(DraftReason) and not english & vietnamese
    assert draft_reason_text("dated only to the year") == "dated only to the year"
