from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Dòng thời gian")

    def ready(self):
        from timeline import caching, signals  # noqa: F401 - connects the signal receivers
