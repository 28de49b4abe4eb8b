"""The key–value header of a GGUF file, read without loading the model.

The embedded engine needs three facts before it decides what to ask a model:
its size label, its parameter count and whether it carries a chat template.
The ``gguf`` package's reader parses every tensor and every token of the
vocabulary into Python objects (13 s for the 270M model's 262k tokens); the
header format is small and documented (ggml/docs/gguf.md), so we read just the
scalar and string values and skip the arrays, which takes milliseconds.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path
from typing import Any

_MAGIC = b"GGUF"
_STRING, _ARRAY = 8, 9
#: Scalar value types: struct format per GGUF type id.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}


def read_metadata(path: Path) -> dict[str, Any]:
    """Scalar and string metadata of a GGUF (version 2 or 3) file; arrays are skipped."""
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        magic, version, _tensors, count = struct.unpack_from("<4sIQQ", data, 0)
        if magic != _MAGIC or version < 2:
            return {}
        found: dict[str, Any] = {}
        position = 24
        for _ in range(count):
            key, position = _string(data, position)
            (kind,) = struct.unpack_from("<I", data, position)
            value, position = _value(data, position + 4, kind)
            if value is not None:
                found[key] = value
        return found


def _string(data: mmap.mmap, position: int) -> tuple[str, int]:
    (length,) = struct.unpack_from("<Q", data, position)
    start = position + 8
    return bytes(data[start : start + length]).decode("utf-8", "replace"), start + length


def _value(data: mmap.mmap, position: int, kind: int) -> tuple[Any, int]:
    if kind == _STRING:
        return _string(data, position)
    if kind == _ARRAY:
        return None, _skip_array(data, position)
    fmt = _SCALARS[kind]
    return struct.unpack_from(fmt, data, position)[0], position + struct.calcsize(fmt)


def _skip_array(data: mmap.mmap, position: int) -> int:
    kind, length = struct.unpack_from("<IQ", data, position)
    position += 12
    if kind == _STRING:
        for _ in range(length):
            (size,) = struct.unpack_from("<Q", data, position)
            position += 8 + size
        return position
    if kind == _ARRAY:
        for _ in range(length):
            position = _skip_array(data, position)
        return position
    return position + struct.calcsize(_SCALARS[kind]) * length
