"""Reading back what a PDF written by Qt shows, without a PDF library.

Qt compresses every stream and draws text as glyph ids of embedded font
subsets (``<0012> Tj``), so the words never appear in the file as such. Each
font carries a ToUnicode map from glyph id to characters, which is what PDF
viewers use for copy and search; this helper does the same: it inflates the
streams, reads those maps, and decodes the text-showing operators in order.
Spaces are positions, not glyphs, so callers compare without whitespace.
"""

from __future__ import annotations

import re
import zlib

OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
LENGTH = re.compile(rb"/Length\s+(\d+)(\s+0\s+R)?")


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Object number -> (dictionary text, inflated stream or b"")."""
    bodies = {int(m.group(1)): m.group(2) for m in OBJECT.finditer(data)}
    objects = {}
    for number, body in bodies.items():
        marker = re.search(rb">>\s*stream\r?\n", body)
        if not marker:
            objects[number] = (body, b"")
            continue
        head = body[: marker.start() + 2]
        # Compressed bytes may contain anything, so take exactly /Length bytes.
        length = LENGTH.search(head)
        size = int(bodies[int(length.group(1))]) if length.group(2) else int(length.group(1))
        content = body[marker.end(): marker.end() + size]
        if b"/FlateDecode" in head:
            content = zlib.decompress(content)
        objects[number] = (head, content)
    return objects


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be")


def _cmap(stream: bytes) -> dict[int, str]:
    mapping = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
        for low, high, target in re.findall(rb"<(\w+)>\s*<(\w+)>\s*(\[.*?\]|<\w+>)", block, re.S):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for code, hex_text in zip(range(first, last + 1), HEX.findall(target)):
                    mapping[code] = _utf16(hex_text)
            else:
                start = int(target[1:-1], 16)
                for offset in range(last - first + 1):
                    mapping[first + offset] = chr(start + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
        for code, target in re.findall(rb"<(\w+)>\s*<(\w+)>", block):
            mapping[int(code, 16)] = _utf16(target)
    return mapping


def pdf_text(data: bytes) -> str:
    """All text drawn in the PDF, glyph by glyph, in drawing order."""
    objects = _objects(data)
    fonts = {}
    for number, (head, _) in objects.items():
        unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if unicode_ref:
            fonts[number] = _cmap(objects[int(unicode_ref.group(1))][1])
    # Resource names (/F11) -> font object numbers.
    names = {}
    for head, _ in objects.values():
        for name, ref in re.findall(rb"/(F\w*)\s+(\d+) 0 R", head):
            if int(ref) in fonts:
                names[name] = fonts[int(ref)]
    shown = []
    token = re.compile(rb"/(F\w*)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj")
    for _, content in objects.values():
        if b"Tj" not in content:
            continue
        cmap: dict[int, str] = {}
        for match in token.finditer(content):
            if match.group(1):
                cmap = names.get(match.group(1), {})
                continue
            codes = match.group(2)
            for i in range(0, len(codes), 4):
                shown.append(cmap.get(int(codes[i:i + 4], 16), "\ufffd"))
    return "".join(shown)


def pdf_attachments(data: bytes) -> list[bytes]:
    """The inflated contents of the embedded files, found through their file
    specifications (``/EF <</F n 0 R>>``)."""
    objects = _objects(data)
    refs = [int(ref) for head, _ in objects.values()
            for ref in re.findall(rb"/EF\s*<<\s*/F\s+(\d+) 0 R", head)]
    return [objects[ref][1] for ref in refs]


def squeeze(text: str) -> str:
    return "".join(text.split())
