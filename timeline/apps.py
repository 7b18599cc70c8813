from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Timeline"

    def ready(self):
        from timeline import caching, signals  # noqa: F401 - connects the signal receivers
