"""The tests' own PDF reader reads streams by their length."""

import zlib

from tests.standards.pdftext import _objects


def _ending_in(byte: int) -> tuple[bytes, bytes]:
    """Some text whose compressed form ends in `byte`."""
    for n in range(100_000):
        text = f"BT /F1 12 Tf <00{n:04x}> Tj ET endobj".encode()
        packed = zlib.compress(text)
        if packed[-1] == byte:
            return text, packed
    raise AssertionError("none found")


def test_a_stream_ending_in_a_carriage_return_is_read_whole():
    text, packed = _ending_in(ord("\r"))
    pdf = (
        b"%PDF-1.7\n1 0 obj\n<</Filter /FlateDecode/Length "
        + str(len(packed)).encode()
        + b">>\nstream\n"
        + packed
        + b"\nendstream\nendobj\n2 0 obj\n<</Type /Page>>\nendobj\n"
    )
    objects = _objects(pdf)
    assert objects[1][1] == text  # ("endobj" inside the stream's text too)
    assert objects[2] == (b"<</Type /Page>>\n", None)
