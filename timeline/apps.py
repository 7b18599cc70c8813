from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.utils.translation import gettext_lazy as _

from extraction.reference import HOME_COUNTRY


@checks.register
def home_country_is_the_references(app_configs=None, **kwargs):
    """The extraction reads the home country from the reference data, the site from the settings: one country."""
    if settings.TIMELINE_HOME_COUNTRY != HOME_COUNTRY:
        return [
            checks.Error(
                f"TIMELINE_HOME_COUNTRY is {settings.TIMELINE_HOME_COUNTRY}, but the reference data in "
                f"fixtures/reference/relations.json lists the relations of {HOME_COUNTRY}",
                id="timeline.E001",
            )
        ]
    return []


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Dòng thời gian")

    def ready(self):
        from config import cache  # noqa: F401 - registers the deploy check of the cache's bound
        from timeline import caching, signals  # noqa: F401 - connects the signal receivers
        from timeline.history_managers import build_history_managers_once

        build_history_managers_once()
