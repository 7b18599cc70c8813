"""The history manager of each model built once, not on every use.

django-simple-history's HistoryDescriptor builds a new manager class each time `Model.history` is read
(Manager.from_queryset inspects every method of the queryset): half a millisecond for every row saved with
its history, and the importer saves several per article. The class it builds is the same every time, so it
is built once per model; the manager it returns for a model or a row is unchanged.
"""

from simple_history.manager import HistoryDescriptor


def _history_manager(descriptor, instance, owner):
    manager_class = descriptor.__dict__.get("_built_manager_class")
    if manager_class is None:
        manager_class = descriptor.manager_class.from_queryset(descriptor.queryset_class)
        descriptor._built_manager_class = manager_class
    return manager_class(descriptor.model, instance)


def build_history_managers_once():
    HistoryDescriptor.__get__ = _history_manager
