"""One home country: the settings name it to the site, the reference data to the extraction."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_home_country_the_reference_data_does_not_follow_is_a_start_up_error(settings):
    from timeline.apps import home_country_is_the_references

    assert home_country_is_the_references() == []
    settings.TIMELINE_HOME_COUNTRY = "JP"
    errors = home_country_is_the_references()
    assert errors and "TIMELINE_HOME_COUNTRY" in errors[0].msg and "relations.json" in errors[0].msg
