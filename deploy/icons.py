"""The skill's icons, drawn here and rendered to PNG by ``make skill-package``.

The picture: a ring, open at the top right, on a deep evening blue; one small circle has left the
gap and floats free of it, the way a thing held is let go. It is drawn from its geometry with
plain Python (supersampled for smooth edges) and written as a PNG with zlib, so rendering needs
nothing installed.
"""

from __future__ import annotations

import math
import struct
import zlib
from functools import cache

#: Alexa's two icon sizes (pixels, square).
SMALL, LARGE = 108, 512
_BACKGROUND = (22, 41, 74)
_RING = (236, 228, 214)
_FREE = (244, 186, 120)
_SAMPLES = 3  # per side of each pixel, for smooth edges


def _colour_at(x: float, y: float) -> tuple[int, int, int]:
    """The colour at a point of the unit square (0..1 each way)."""
    dx, dy = x - 0.5, y - 0.5
    radius = math.hypot(dx, dy)
    angle = math.degrees(math.atan2(-dy, dx)) % 360  # 0 at the right, counter-clockwise
    if math.hypot(x - 0.80, y - 0.20) <= 0.075:
        return _FREE
    if 0.25 <= radius <= 0.33 and not 20 <= angle <= 70:
        return _RING
    return _BACKGROUND


def pixels(size: int) -> list[bytes]:
    """The image's rows, RGB, each pixel the average of its samples."""
    rows = []
    step = 1 / (size * _SAMPLES)
    for row in range(size):
        line = bytearray()
        for column in range(size):
            total = [0, 0, 0]
            for i in range(_SAMPLES):
                for j in range(_SAMPLES):
                    colour = _colour_at((column * _SAMPLES + i + 0.5) * step,
                                        (row * _SAMPLES + j + 0.5) * step)  # fmt: skip
                    for k in range(3):
                        total[k] += colour[k]
            line += bytes(round(t / _SAMPLES**2) for t in total)
        rows.append(bytes(line))
    return rows


@cache
def png(size: int) -> bytes:
    """The icon at ``size`` pixels square, as PNG bytes (rendered once a process)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    raw = b"".join(b"\x00" + row for row in pixels(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
