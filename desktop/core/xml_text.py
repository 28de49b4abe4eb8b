"""Text that Word's XML can hold.

Model output and pasted text can carry control characters (a stray form
feed, a NUL from a PDF) that XML 1.0 forbids; python-docx would raise on
them, and the Markdown parser would turn a NUL into a visible "�". They are
removed before parsing and again before writing; nothing printable is touched.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)
