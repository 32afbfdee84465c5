"""Walking the object graph of what the SDK hands out, looking for credentials.

An error (or a job, a bulk outcome, a log record) is handed to loggers, error trackers that
keep frame locals, pickles and retry queues. :func:`find_secrets` follows everything such a
tool can follow from it: an exception's ``args``, ``__cause__``, ``__context__``, notes and
attributes, the local variables of every frame of its traceback, and from there any object's
attributes, slots and items (dicts, lists, tuples, sets), including httpx requests and
responses (their URL, headers and body), and looks for each secret in every string and byte
string it meets (and in the ``str`` of URLs and headers).

It stops at the objects that hold credentials by design and that the caller already has: the
SDK's clients, their engines, the Visma client's context (what its resources, jobs and actions
share of it) and auth objects, httpx clients and transports, and the sandbox
(the test double keeps its own credentials); also at event loops, tasks, locks, loggers and
code objects, which lead everywhere and carry no payload.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import logging
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import billing_sdk
from billing_sdk._client import BaseClient
from billing_sdk._engine import Engine
from billing_sdk._generated import billomat_api, crmcom_payments_api, visma_erp_api
from billing_sdk.visma._context import VismaContext

#: Object types the walk does not enter (see the module docstring).
_STOP_TYPES: tuple[type, ...] = (
    BaseClient,
    Engine,
    VismaContext,
    httpx.AsyncClient,
    httpx.Client,
    httpx.Auth,
    httpx.AsyncBaseTransport,
    httpx.BaseTransport,
    logging.Logger,
    logging.Handler,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.CodeType,
    types.CoroutineType,
    types.GeneratorType,
    types.AsyncGeneratorType,
    type,
)
#: Modules whose objects the walk does not enter.
_STOP_MODULES = (
    "billing_sdk.sandbox",
    "asyncio",
    "anyio",
    "threading",
    "aiohttp",
    "httpcore",
    "h11",
    "rich",
    "_pytest",
    "pytest",
    "concurrent",
    "selectors",
    "socket",
    "ssl",
    "uvicorn",
    "starlette",
    # The tests' own servers and records hold what they were sent, by design.
    "tests.",
)
_SCALARS = (int, float, complex, bool, type(None))
#: Where the SDK's code lives (the facade and the generated clients): the frames walked.
_SDK_DIRS = tuple(
    str(Path(module.__file__).parent)
    for module in (billing_sdk, visma_erp_api, crmcom_payments_api, billomat_api)
    if module.__file__
)
#: Generous: the largest graph seen is a few thousand objects.
MAX_OBJECTS = 500_000


@dataclass(frozen=True)
class Leak:
    """A secret found, and the path that reaches it from the root."""

    secret: str
    path: str

    def __str__(self) -> str:
        return f"{self.secret[:10]}... at {self.path}"


def find_secrets(roots: Iterable[object], secrets: Iterable[str]) -> list[Leak]:
    """Every place a secret is reachable from ``roots`` (empty: none is)."""
    wanted = [s for s in dict.fromkeys(secrets) if s]
    leaks: list[Leak] = []
    for path, text in _texts(roots):
        leaks += [Leak(secret, path) for secret in wanted if secret in text]
    return leaks


def _stopped(obj: object) -> bool:
    if isinstance(obj, _STOP_TYPES):
        return True
    module = type(obj).__module__ or ""
    return module.startswith(_STOP_MODULES)


def _texts(roots: Iterable[object]) -> Iterator[tuple[str, str]]:
    """(path, text) for every string reachable from ``roots``."""
    seen: set[int] = set()
    queue: collections.deque[tuple[str, object]] = collections.deque(
        (f"root[{n}]", root) for n, root in enumerate(roots)
    )
    keep_alive: list[object] = []  # ids stay unique while their objects live
    while queue:
        if len(seen) > MAX_OBJECTS:
            raise AssertionError(f"the graph has more than {MAX_OBJECTS} objects")
        path, obj = queue.popleft()
        if isinstance(obj, _SCALARS):
            continue
        if isinstance(obj, str):
            yield path, obj
            continue
        if isinstance(obj, bytes | bytearray | memoryview):
            yield path, bytes(obj).decode("latin-1")
            continue
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        keep_alive.append(obj)
        for name, child in _children(obj):
            queue.append((f"{path}{name}", child))


def _children(obj: object) -> Iterator[tuple[str, object]]:
    if isinstance(obj, types.TracebackType):
        frame = obj.tb_frame
        if frame.f_code.co_filename.startswith(_SDK_DIRS):
            # The SDK's own frames: the caller's hold whatever the caller had.
            where = f"<{frame.f_code.co_name}>"
            for name, value in frame.f_locals.items():
                yield f"{where}.{name}", value
        if obj.tb_next is not None:
            yield ".tb_next", obj.tb_next
        return
    if isinstance(obj, httpx.URL):
        yield ".str", str(obj)
        return
    if isinstance(obj, httpx.Headers):
        yield ".raw", obj.raw
        return
    if isinstance(obj, types.MethodType):
        yield ".__self__", obj.__self__
        return
    if _stopped(obj):
        return
    if isinstance(obj, BaseException):
        yield ".args", obj.args
        yield ".__cause__", obj.__cause__
        yield ".__context__", obj.__context__
        yield ".__traceback__", obj.__traceback__
        yield ".__notes__", getattr(obj, "__notes__", None)
    if isinstance(obj, dict):
        for key, value in list(obj.items()):
            yield f"[{key!r}]"[:60], value
            yield ".key", key
        return
    if isinstance(obj, list | tuple | set | frozenset | collections.deque):
        for index, item in enumerate(list(obj)):
            yield f"[{index}]", item
        return
    if isinstance(obj, httpx.Request | httpx.Response):
        # Their bodies live in private attributes until read: look at the content as sent.
        with contextlib.suppress(httpx.RequestNotRead, httpx.ResponseNotRead):
            yield ".content", obj.content
    attributes = getattr(obj, "__dict__", None)
    if isinstance(attributes, dict):
        for name, value in list(attributes.items()):
            yield f".{name}", value
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if isinstance(name, str) and hasattr(obj, name):
                yield f".{name}", getattr(obj, name)


class IssuedTokens:
    """Collects every token a sandbox hands out (they are secrets too)."""

    def __init__(self, sandbox: Any) -> None:
        self.values: list[str] = []
        visma_issue = sandbox.visma.tokens.issue
        crm_store = sandbox.crmcom._tokens
        crm_issue = crm_store.issue

        def visma(*args: Any, **kwargs: Any) -> Any:
            token = visma_issue(*args, **kwargs)
            self.values.append(token.value)
            return token

        def crm(*args: Any, **kwargs: Any) -> str:
            token = crm_issue(*args, **kwargs)
            self.values.append(token)
            return str(token)

        sandbox.visma.tokens.issue = visma
        crm_store.issue = crm


def web_api_key_forms(key: str) -> list[str]:
    """A CRM.COM web API key as it may be reachable: itself, and as Basic credentials, bare
    (what the SDK sends, as the public integrations do) or with the wiki's trailing colon."""
    return [
        key,
        base64.b64encode(key.encode()).decode(),
        base64.b64encode(f"{key}:".encode()).decode(),
    ]


def sandbox_secrets(sandbox: Any) -> list[str]:
    """The credentials a sandbox's clients log in with (each vendor's settings)."""
    visma, crm, billomat = (
        sandbox.visma.settings,
        sandbox.crmcom.settings,
        sandbox.billomat.settings,
    )
    return [
        visma.client_secret,
        crm.password,
        *web_api_key_forms(crm.web_api_key),
        billomat.api_key,
        billomat.app_secret,
    ]
