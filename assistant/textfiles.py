"""Text the user hands in (a draft, a configuration file), read the same way
everywhere: UTF-8, a byte-order mark allowed (Windows editors write one), and
every failure a TextFileError with a Dutch message that the caller prefixes
with the file's name."""

from __future__ import annotations

import codecs
import errno
from pathlib import Path
from typing import BinaryIO

from assistant.i18n import _


class TextFileError(ValueError):
    """Text that cannot be read; ``line`` is set when the fault is on one line."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def os_reason(exc: OSError) -> str:
    """Why an operation on a file (or a connection) failed, in Dutch where the
    cause is a common one."""
    reasons = {
        errno.ENOENT: _("het bestand of de map bestaat niet"),
        errno.EACCES: _("geen toestemming"),
        errno.EPERM: _("geen toestemming"),
        errno.EISDIR: _("dit is een map"),
        errno.ENOTDIR: _("een deel van het pad is geen map"),
        errno.ENOSPC: _("de schijf is vol"),
        errno.EROFS: _("de schijf is alleen-lezen"),
        errno.ENAMETOOLONG: _("de naam is te lang"),
        errno.EHOSTUNREACH: _("de server is onbereikbaar"),
        errno.ENETUNREACH: _("het netwerk is onbereikbaar"),
        errno.ECONNRESET: _("de verbinding werd verbroken"),
    }
    return reasons.get(exc.errno) or exc.strerror or str(exc)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters in the first block, mean not text."""
    if b"\0" in data:
        return True
    head = data[:8192]
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def decode_text(data: bytes, max_bytes: int | None = None) -> str:
    """The text of ``data``; line ends are kept as they are, so offsets index
    exactly what was handed in."""
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TextFileError(_("Het bestand is opgeslagen als UTF-16; sla het op als UTF-8."))
    if looks_binary(data):
        raise TextFileError(_("Dit is geen tekstbestand: het bevat binaire gegevens."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TextFileError(
            _("Het bestand is geen UTF-8-tekst (onleesbaar teken op regel {line}); sla het op "
              "als UTF-8.").format(line=line), line) from None


def _too_large(size: int | None, max_bytes: int) -> TextFileError:
    """``size`` None: more than the limit, however much more is not known (a
    pipe, a device such as /dev/zero)."""
    if size is None:
        return TextFileError(_("Het bestand is te groot (meer dan {limit} MB).").format(
            limit=round(max_bytes / 2**20, 1)))
    return TextFileError(_("Het bestand is te groot ({size} MB; hooguit {limit} MB).").format(
        size=round(size / 2**20, 1), limit=round(max_bytes / 2**20, 1)))


_CHUNK = 1 << 20


def read_limited(stream: BinaryIO, max_bytes: int | None = None) -> bytes:
    """All bytes of a stream, refused as soon as there are more than ``max_bytes``:
    an endless pipe or a device is never read into memory."""
    if max_bytes is None:
        return stream.read()
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(None, max_bytes)
    return b"".join(chunks)


def read_text_file(path: Path | str, max_bytes: int | None = None) -> str:
    """Read a text file of at most ``max_bytes`` (no limit when None)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise TextFileError(_("Dit is een map, geen bestand."))
        # Refuse before reading a file that may be huge into memory; a device or
        # a pipe tells no size, so the read itself stops at the limit too.
        if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
            raise _too_large(size, max_bytes)
        with path.open("rb") as stream:
            data = read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise TextFileError(_("Het bestand bestaat niet.")) from None
    except PermissionError:
        raise TextFileError(_("Je hebt geen toestemming om dit bestand te lezen.")) from None
    except OSError as exc:
        raise TextFileError(_("Het bestand kan niet worden gelezen ({detail}).").format(
            detail=os_reason(exc))) from None
    return decode_text(data, max_bytes)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a string offset; a line ends
    at \\n, \\r\\n or a lone \\r, as editors count."""
    head = text[:offset]
    line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
    line_start = max(head.rfind("\n"), head.rfind("\r")) + 1
    return line, offset - line_start + 1
