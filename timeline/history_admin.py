"""The admin base class for models with an audit history: django-simple-history's, with reverts
restricted to those who may change the object."""

from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper


class ChoiceLabels(HistoricalRecordContextHelper):
    """A changed value that is a code (a status, a draft reason) shown by its label, in the admin's language."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices and not field.many_to_many:
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """django-simple-history's history pages check only the view permission, also on the POST that
    reverts an object to an old version: a Reviewer (view-only) could change anything through it.
    Here a revert needs the change permission; viewing old versions still needs only view.
    The history pages are ours, in the admin's language, each change reason (a code) by its label."""

    object_history_template = "admin/history/object_history.html"
    object_history_list_template = "admin/history/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ChoiceLabels(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            obj = self.get_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)
