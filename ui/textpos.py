"""Python string offsets (code points) to Qt text positions (UTF-16 units) and back.

The core counts code points; Qt counts UTF-16 units, so every character outside
the Basic Multilingual Plane (most emoji) takes two positions in the editor.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Offset conversion for one text; cheap to build, exact for any offset."""

    def __init__(self, text: str):
        # Code-point offsets of the astral characters, and where each sits in UTF-16.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16 = [pos + i for i, pos in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        # Each astral character starting before the position took one extra unit;
        # a position inside a surrogate pair lands on the start of its character.
        return position - bisect.bisect_left(self._astral16, position)
