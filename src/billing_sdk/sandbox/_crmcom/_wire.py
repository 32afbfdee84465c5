"""CRM.COM's wire format: the status/data envelope, the error vocabulary, exact JSON numbers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from starlette.responses import Response

from billing_sdk.sandbox._spec_validation import ApiSpec

#: ``ErrorCode`` of the spec and the HTTP status that carries each code (``x-http-status``),
#: read from the spec, in the enum's order (the first code of a status stands for it).
_ERROR_CODE = ApiSpec.load("crmcom-payments").resolve({"$ref": "#/components/schemas/ErrorCode"})
HTTP_STATUS: dict[str, int] = {
    code: _ERROR_CODE["x-http-status"][code] for code in _ERROR_CODE["enum"]
}

# The spec caps status.message at 1000 and status.description at 4000 characters.
_MAX_MESSAGE = 1000
_MAX_DESCRIPTION = 4000

_BASIC_CHALLENGE = 'Basic realm="crmapi"'


class ApiError(Exception):
    """A non-OK answer: raised anywhere in a handler, rendered as the error envelope."""

    def __init__(
        self,
        code: str,
        message: str,
        description: str | None = None,
        headers: Mapping[str, str] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.description = description
        self.headers = dict(headers or {})
        self._status = status

    @property
    def status(self) -> int:
        """The code's status, unless the error was raised with one (a gateway's 502 or 503)."""
        return self._status or HTTP_STATUS[self.code]


def missing(name: str) -> ApiError:
    return ApiError("MISSING_PARAMETER", f"{name} is mandatory", name)


def invalid(name: str, why: str) -> ApiError:
    return ApiError("INVALID_PARAMETER", f"{name} {why}", name)


def not_found(name: str, what: str) -> ApiError:
    return ApiError("NOT_FOUND", f"{what} not found", name)


def invalid_login(message: str, *, challenge: bool = False) -> ApiError:
    headers = {"WWW-Authenticate": _BASIC_CHALLENGE} if challenge else None
    return ApiError("INVALID_LOGIN", message, None, headers)


def code_for_status(status: int) -> str:
    """The closest error code for a bare HTTP status (injected faults, crashes)."""
    for code, code_status in HTTP_STATUS.items():
        if code_status == status:
            return code
    return "INTERNAL_ERROR" if status >= 500 else "INVALID_PARAMETER"


def dumps(value: Any) -> str:
    """JSON text in which a ``Decimal`` is written as the exact JSON number it holds.

    ``json.dumps`` cannot emit a Decimal without going through float; money must not.
    """
    parts: list[str] = []
    _encode(value, parts)
    return "".join(parts)


def _encode(value: Any, out: list[str]) -> None:
    if value is None or isinstance(value, (bool, int, str)):
        out.append(json.dumps(value))
    elif isinstance(value, Decimal):
        # Finite by construction (requests with NaN/Infinity are refused); "f" never uses E.
        out.append(format(value, "f"))
    elif isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(str(key)))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def _response(body: Any, status: int, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, headers=headers, media_type="application/json")


def ok(data: Any) -> Response:
    """The success envelope (the sandbox sends null message/description, as the wiki does)."""
    return _response(
        {"status": {"code": "OK", "message": None, "description": None}, "data": data}, 200
    )


def error(err: ApiError) -> Response:
    """The error envelope of ``err`` with its HTTP status; ``data`` is always null."""
    description = None if err.description is None else err.description[:_MAX_DESCRIPTION]
    status = {
        "code": err.code,
        "message": (err.message or err.code)[:_MAX_MESSAGE],
        "description": description,
    }
    return _response({"status": status, "data": None}, err.status, err.headers)


def select_fields(data: Mapping[str, Any], fields: frozenset[str] | None) -> dict[str, Any]:
    """Apply ``fields_set`` to one data object: keep only the named top-level fields."""
    if fields is None:
        return dict(data)
    return {key: value for key, value in data.items() if key in fields}


def select_all(items: Iterable[Mapping[str, Any]], fields: frozenset[str] | None) -> list[Any]:
    return [select_fields(item, fields) for item in items]
