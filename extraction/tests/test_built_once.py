"""Tables and patterns built once per process, and all at once before serving or timing."""

from extraction import built_once
from extraction.agreements import framework_pattern
from extraction.reference import place_pattern


def test_build_all_builds_every_registered_table_and_pattern_once():
    for build in built_once._BUILDERS:
        build.cache_clear()
    assert built_once.build_all() == len(built_once._BUILDERS) >= 15
    assert all(build.cache_info().currsize == 1 for build in built_once._BUILDERS)
    assert framework_pattern() is framework_pattern() and place_pattern() is place_pattern()
