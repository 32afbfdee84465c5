"""The shortcuts past httpx's header handling (`_headers`) and the write walks limited to what
`from_dict` set (`wire_positions`) give exactly what the slow paths give."""

from __future__ import annotations

from decimal import Decimal

import attrs
import httpx
import pytest

from billing_sdk import _headers
from billing_sdk._errors import ValidationError
from billing_sdk._generated.visma_erp_api.models import PaymentUpdateDto
from billing_sdk._presence import wire_positions
from billing_sdk.visma._updates import build_update

_PAIRS = [
    [(b"Date", b"Sat, 05 Dec 2026 08:40:24 GMT"), (b"ETag", b'"AAAAAE0YIgE="')],
    [(b"X-RateLimit-Remaining", b"0"), (b"x-ratelimit-remaining", b"5"), (b"Server", b"u")],
    [(b"X-Name", "caf\u00e9".encode()), (b"Authorization", b"Bearer t"), (b"ETag", b'"1"')],
    [(b"X-Name", b"caf\xe9"), (b"AUTHORIZATION", b"Bearer t"), (b"etag", b'W/"2"')],
    # A credential put on last (removed from the end), and one there twice.
    [(b"ETag", b'"1"'), (b"ETag", b'"2"'), (b"Authorization", b"Bearer t")],
    [(b"Authorization", b"Bearer a"), (b"ETag", b'"1"'), (b"authorization", b"Bearer b")],
    [],
]


@pytest.mark.parametrize("pairs", _PAIRS)
def test_headers_from_bytes_read_as_httpx_reads_them(pairs: list[tuple[bytes, bytes]]) -> None:
    fast, slow = _headers.from_raw(pairs), httpx.Headers(pairs)
    assert fast.raw == slow.raw
    assert list(fast.items()) == list(slow.items())
    assert _headers.str_items(_headers.from_raw(pairs)) == slow.multi_items()
    assert fast.encoding == slow.encoding
    for name in ("x-ratelimit-remaining", "x-name", "etag", "absent"):
        assert _headers.value(_headers.from_raw(pairs), name.encode()) == slow.get(name)
        assert _headers.has_any(fast, [name.encode()]) == (name in slow)
    response = httpx.Response(200, headers=fast)
    assert response.headers.raw == slow.raw


@pytest.mark.parametrize("pairs", _PAIRS)
def test_headers_removed_as_pop_removes_them(pairs: list[tuple[bytes, bytes]]) -> None:
    fast, slow = _headers.from_raw(pairs), httpx.Headers(pairs)
    kept = fast._list
    _headers.remove(fast, [b"authorization"])
    slow.pop("Authorization", None)
    assert fast.raw == slow.raw
    assert fast._list is kept  # in place: every holder of the Headers sees the removal


def test_write_walks_visit_what_from_dict_set() -> None:
    dto = build_update(
        PaymentUpdateDto,
        {"hold": True, "payment_lines": [{"operation": "Insert", "amount_paid": Decimal(1)}]},
    )
    fields = [field.name for field in attrs.fields(PaymentUpdateDto)]
    assert [fields[i] for i in wire_positions(dto)] == ["hold", "payment_lines"]
    assert dto.payment_lines is not None
    line = dto.payment_lines[0]
    assert [attrs.fields(type(line))[i].name for i in wire_positions(line)] == [
        "operation",
        "amount_paid",
    ]
    assert wire_positions(PaymentUpdateDto()) == []  # built in code: nothing recorded
    # A bad amount or an unknown key deep in a line is still found.
    with pytest.raises(ValidationError, match=r"amountPaid|amount_paid"):
        build_update(
            PaymentUpdateDto,
            {"payment_lines": [{"operation": "Insert", "amount_paid": Decimal("1.234567")}]},
        )
    with pytest.raises(ValidationError, match="unknown field"):
        build_update(PaymentUpdateDto, {"payment_lines": [{"operation": "Insert", "zz": 1}]})


def test_every_control_byte_but_tab_is_refused_in_a_header_value() -> None:
    from billing_sdk._transport import _refuse_unsendable_headers

    for byte in range(256):
        request = httpx.Request(
            "GET", "http://127.0.0.1/", headers=[("A", "b"), ("X-T", bytes([65, byte, 66]))]
        )
        unsendable = byte < 0x09 or 0x0A <= byte < 0x20 or byte == 0x7F
        if unsendable:
            with pytest.raises(ValidationError, match="X-T header holds a control character"):
                _refuse_unsendable_headers(request)
        else:
            _refuse_unsendable_headers(request)
