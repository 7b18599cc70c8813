from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Dòng thời gian")

    def ready(self):
        from config import cache  # noqa: F401 - registers the deploy check of the cache's bound
        from timeline import caching, signals  # noqa: F401 - connects the signal receivers
