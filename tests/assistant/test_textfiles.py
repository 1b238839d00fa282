"""Reading text the user hands in: encodings, binaries, sizes and positions."""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest

from assistant.textfiles import (
    TextFileError,
    decode_text,
    line_column,
    os_reason,
    read_limited,
    read_text_file,
)


def test_utf8_with_or_without_byte_order_mark():
    assert decode_text("Privé 🙂".encode()) == "Privé 🙂"
    assert decode_text(b"\xef\xbb\xbfPriv\xc3\xa9") == "Privé"


@pytest.mark.parametrize(("data", "says"), [
    ("tekst".encode("utf-16"), "UTF-16"),
    (b"abc\0def", "binaire"),
    (bytes(range(1, 32)) * 10, "binaire"),
    (b"goed\nnog goed\nfout \xe9\n", "regel 3"),
])
def test_what_is_not_utf8_text_says_why(data, says):
    with pytest.raises(TextFileError, match=says):
        decode_text(data)


def test_tabs_form_feeds_and_line_ends_are_text():
    assert decode_text(b"kop\tkolom\r\n\x0cvolgende pagina\n" * 10).startswith("kop\tkolom")


def test_the_line_of_a_bad_byte_is_kept():
    with pytest.raises(TextFileError) as caught:
        decode_text(b"a\nb\n\xff")
    assert caught.value.line == 3


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "groot.txt"
    path.write_bytes(b"a" * 3_000_000)
    with pytest.raises(TextFileError, match=r"te groot \(2.9 MB; hooguit 1.0 MB\)"):
        read_text_file(path, max_bytes=2**20)
    assert len(read_text_file(path)) == 3_000_000


class Endless(io.RawIOBase):
    """A pipe that never ends; it counts what was taken from it."""

    def __init__(self):
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = b"a" * len(buffer)
        self.given += len(buffer)
        return len(buffer)


def test_an_endless_stream_is_refused_while_it_is_read():
    stream = Endless()
    with pytest.raises(TextFileError, match=r"te groot \(meer dan 1.0 MB\)"):
        read_limited(io.BufferedReader(stream), max_bytes=2**20)
    assert stream.given <= 2**20 + 2 * io.DEFAULT_BUFFER_SIZE
    assert read_limited(io.BytesIO(b"kort"), max_bytes=4) == b"kort"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_that_tells_no_size_is_refused_at_the_limit():
    # /dev/zero says it is empty and never ends: only the read itself can stop.
    with pytest.raises(TextFileError, match="te groot"):
        read_text_file("/dev/zero", max_bytes=2**20)


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: None, "bestaat niet"),
    (lambda p: p.mkdir(), "map"),
])
def test_missing_file_and_directory(tmp_path, make, says):
    path = tmp_path / "x"
    make(path)
    with pytest.raises(TextFileError, match=says):
        read_text_file(path)


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("ab\ncd", 4, (2, 2)),
    ("ab\r\ncd", 5, (2, 2)),
    ("ab\rcd\ref", 7, (3, 2)),
    ("🙂a", 1, (1, 2)),
    ("", 0, (1, 1)),
])
def test_line_and_column(text, offset, expected):
    assert line_column(text, offset) == expected


def test_common_os_errors_are_dutch():
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
