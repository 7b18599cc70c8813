"""How precisely a date is known, the one vocabulary of events, articles and agreements."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from extraction.records import DAY, MONTH, YEAR


class Precision(models.TextChoices):
    DAY = DAY, _("ngày")
    MONTH = MONTH, _("tháng")
    YEAR = YEAR, _("năm")
