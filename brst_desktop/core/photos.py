"""Pictures coming in: decoded completely, within bounds, before anything keeps them.

A photo arrives from a file the user chose, from a trip file, or (already stored) on its way into
a book. A few hundred kilobytes of PNG can describe billions of pixels (a decompression bomb);
a truncated file or an HTML page can carry a picture's name. So every picture is opened here:
its header is read first and the pixel count and the memory its decoding takes are checked
against fixed limits, then it is decoded in full (a truncated or corrupt file fails here, not
later while a book is printed). Pillow's own decompression-bomb check stays on as a second line.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

#: A picture chosen on this laptop: a 50-megapixel camera's photo, scaled down before it is kept.
MAX_SOURCE_PIXELS = 50_000_000
#: A stored photo is at most this wide and high (a biography prints it a few centimetres wide).
STORED_SIDE = 1200
#: A photo arriving already stored (a trip file, the database): this program keeps at most
#: 1200 x 1200; the rest is room for another version's choice, and still bounded.
MAX_STORED_PIXELS = 4096 * 4096
#: What decoding one picture may take in memory, whatever its format and depth.
MAX_DECODED_BYTES = 256 * 1024 * 1024
#: The formats a stored photo has (anything else chosen is converted to PNG first).
STORED_FORMATS = frozenset({"JPEG", "PNG"})

_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "LA": 2, "PA": 2, "La": 2, "I;16": 2, "RGB": 3,
                    "YCbCr": 3, "LAB": 3, "HSV": 3, "RGBA": 4, "RGBa": 4, "RGBX": 4, "CMYK": 4,
                    "I": 4, "F": 4}  # fmt: skip


@dataclass(frozen=True)
class Decoded:
    """A picture decoded in full: ``image`` (maybe at a reduced scale, see ``draft_side``), and
    the format and size the file itself has."""

    image: Image
    format: str
    width: int
    height: int


class PhotoRefused(Exception):
    """The picture is not kept; ``reason`` is ``"unreadable"``, ``"format"`` or ``"too_large"``."""

    def __init__(self, reason: str, width: int = 0, height: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.width = width
        self.height = height


def decode(
    data: bytes,
    *,
    max_pixels: int = MAX_STORED_PIXELS,
    formats: frozenset[str] | None = None,
    draft_side: int | None = None,
) -> Decoded:
    """The picture in ``data``, decoded in full; raises :class:`PhotoRefused`.

    ``formats``: the formats accepted (None: any Pillow reads). ``draft_side``: a JPEG may be
    decoded at a reduced scale no smaller than this, which bounds the memory a large camera
    photo takes on its way to being scaled down."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise PhotoRefused("unreadable")
    try:
        with warnings.catch_warnings():
            # Past Pillow's own limit a picture is a bomb, not a photo: refuse, do not warn.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))  # reads the header only
            width, height = image.size
            if formats is not None and image.format not in formats:
                raise PhotoRefused("format", width, height)
            if width < 1 or height < 1 or width * height > max_pixels:
                raise PhotoRefused("too_large", width, height)
            # Every chunk and checksum, to its end: Pillow fills in the pixels of a cut-off
            # file silently; verify() does not, and decodes nothing.
            image.verify()
            image = Image.open(io.BytesIO(data))
            if draft_side and image.format == "JPEG":
                image.draft("RGB", (draft_side, draft_side))
            decoded = image.size[0] * image.size[1] * _BYTES_PER_PIXEL.get(image.mode, 8)
            if decoded > MAX_DECODED_BYTES:
                raise PhotoRefused("too_large", width, height)
            image.load()  # every pixel: a truncated or corrupt file fails now
    except PhotoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoRefused("too_large") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise PhotoRefused("unreadable") from error
    return Decoded(image, image.format or "", width, height)
