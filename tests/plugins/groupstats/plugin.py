"""A small plugin with two aggregates, for the tests of plugin aggregates (docs/PLUGINS.md): each is called
once per group with a pyarrow array of the group's non-null values and returns the group's value."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "plugins", "python"))
from sparkbook_plugin import Plugin  # noqa: E402

plugin = Plugin("groupstats")


@plugin.aggregate("py_range")
def py_range(values):
    numbers = values.to_pylist()
    return max(numbers) - min(numbers) if numbers else None


@plugin.aggregate("py_joined")
def py_joined(values):
    return ",".join(sorted(values.to_pylist()))


plugin.run()
