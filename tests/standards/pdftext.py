"""Just enough of a PDF reader to find the text of a WeasyPrint PDF, for tests.

WeasyPrint writes text as glyph ids in hex strings (`[<002b>0<0048>] TJ`), with a
ToUnicode CMap per font, and keeps most objects in compressed object streams. This reads
exactly that; it is not a general PDF parser. Used instead of adding a PDF library.
"""

from __future__ import annotations

import re
import zlib

OBJECT = re.compile(rb"(\d+) 0 obj\s*")
STREAM = re.compile(rb"stream\r?\n")
LENGTH = re.compile(rb"/Length\s+(\d+)")
REFERENCE = re.compile(rb"/([A-Za-z0-9_+.-]+)\s+(\d+) 0 R")
TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+) 0 R")
SET_FONT = re.compile(rb"/([A-Za-z0-9_+.-]+)\s+[\d.]+\s+Tf")
SHOW_TEXT = re.compile(rb"\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj", re.S)
HEX = re.compile(rb"<([0-9a-fA-F]*)>")


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number → (dictionary text, decoded stream or None), object streams opened.

    A stream is read by its /Length (WeasyPrint writes it directly): compressed data may
    end in a carriage return or hold any bytes, "endobj" among them."""
    found: dict[int, tuple[bytes, bytes | None]] = {}
    position = 0
    while (header := OBJECT.search(pdf, position)) is not None:
        number, start = int(header.group(1)), header.end()
        end = pdf.index(b"endobj", start)
        opening = pdf.find(b"stream", start, end)
        if opening < 0:
            found[number] = (pdf[start:end], None)
            position = end + len(b"endobj")
            continue
        head = pdf[start:opening]
        begin = STREAM.match(pdf, opening).end()
        data = pdf[begin : begin + int(LENGTH.search(head).group(1))]
        position = pdf.index(b"endobj", begin + len(data)) + len(b"endobj")
        if b"/FlateDecode" in head:
            data = zlib.decompress(data)
        found[number] = (head, data)
        if b"/ObjStm" in head:
            first = int(re.search(rb"/First\s+(\d+)", head).group(1))
            pairs = [int(n) for n in data[:first].split()]
            numbers, offsets = pairs[0::2], pairs[1::2] + [len(data) - first]
            for i, inner in enumerate(numbers):
                found[inner] = (data[first + offsets[i] : first + offsets[i + 1]], None)
    return found


def _cmap(data: bytes) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        codes = HEX.findall(block)
        for source, target in zip(codes[0::2], codes[1::2], strict=True):
            mapping[source.decode().lower()] = bytes.fromhex(target.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, target in re.findall(rb"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[f"{code:0{len(low)}x}"] = chr(start + offset)
    return mapping


def pdf_text(pdf: bytes) -> str:
    """The text shown on every page, runs separated by spaces."""
    objects = _objects(pdf)
    cmaps = {}
    for number, (head, _data) in objects.items():
        match = TO_UNICODE.search(head)
        if match:
            cmaps[number] = _cmap(objects[int(match.group(1))][1] or b"")
    font_names = {
        name.decode(): cmaps[int(number)]
        for head, _data in objects.values()
        for name, number in REFERENCE.findall(head)
        if int(number) in cmaps
    }
    runs: list[str] = []
    for _head, data in objects.values():
        if data is None or b"Tf" not in data or b"/CIDInit" in data:
            continue
        font: dict[str, str] = {}
        position = 0
        for match in SHOW_TEXT.finditer(data):
            for name in SET_FONT.findall(data, position, match.start()):
                font = font_names.get(name.decode(), {})
            position = match.end()
            hexes = HEX.findall(match.group(1)) if match.group(1) else [match.group(2)]
            runs.append("".join(_decode(h.decode().lower(), font) for h in hexes))
    return " ".join(runs)


def _decode(hexes: str, font: dict[str, str]) -> str:
    width = 4 if font and len(next(iter(font))) == 4 else 2
    return "".join(font.get(hexes[i : i + width], "�") for i in range(0, len(hexes), width))


def contains(pdf: bytes, text: str) -> bool:
    """True when `text` is shown in the PDF, ignoring case (CSS may upper-case headings)
    and where lines wrap."""
    return "".join(text.casefold().split()) in "".join(pdf_text(pdf).casefold().split())
