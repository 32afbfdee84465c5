"""Optional OpenTelemetry: one span per call and metrics (``pip install 'billing-sdk[otel]'``).

``telemetry=Telemetry()`` on any client traces every operation call and records the SDK's
own metrics through the OpenTelemetry API; without a ``telemetry`` option nothing here
runs, and without the extra nothing here is imported.

Span (one per operation call, kind CLIENT, named ``"<vendor> <operation>"``):

* ``billing_sdk.vendor``, ``billing_sdk.operation`` (the spec's operation, e.g.
  ``customer_invoice_get_by_invoice_number``), ``http.request.method``;
* ``http.response.status_code`` (the final answer), ``billing_sdk.attempts`` (HTTP attempts
  the call made, retries and its token request included);
* ``billing_sdk.landed`` (a write reached the server's state: ``True``/``False``; absent when
  unknown), ``error.type`` (the error's class) and status ERROR on failure.

Metrics (attributes ``billing_sdk.vendor`` and, where there is one, ``billing_sdk.operation``):

* ``billing_sdk.retries`` (counter): attempts sent again;
* ``billing_sdk.rate_limit.pauses`` (counter) and ``billing_sdk.rate_limit.pause.duration``
  (histogram, s): the client paused on the server's 429/503 advice;
* ``billing_sdk.job.wait.duration`` (histogram, s, ``billing_sdk.outcome``): background jobs;
* ``billing_sdk.fanout.items`` (counter, ``billing_sdk.outcome``) and
  ``billing_sdk.fanout.concurrency`` (histogram): bulk fan-out runs.

No attribute holds a secret or a payload: no URL, query, header or body, no error message
(only the error's class), and exceptions are not recorded as span events (their text and
traceback are not ours to export).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from billing_sdk._version import __version__

_SCOPE = "billing_sdk"


@dataclass
class _Call:
    """What the transport tells the call it serves (through a context variable)."""

    vendor: str
    operation: str
    attempts: int = 0


_CURRENT: contextvars.ContextVar[_Call | None] = contextvars.ContextVar(
    "billing_sdk_telemetry_call", default=None
)


class Telemetry:
    """OpenTelemetry tracing and metrics for a client (pass it as ``telemetry=``).

    Args:
        tracer_provider: the provider spans go to (default: the global one).
        meter_provider: the provider metrics go to (default: the global one).

    Raises ``ImportError`` naming the extra when opentelemetry-api is not installed.
    """

    def __init__(self, *, tracer_provider: Any = None, meter_provider: Any = None) -> None:
        try:
            from opentelemetry import metrics, trace
        except ImportError as exc:
            raise ImportError(
                "Telemetry needs the otel extra: pip install 'billing-sdk[otel]'"
            ) from exc
        self._trace = trace
        self._tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter(_SCOPE, __version__, meter_provider=meter_provider)
        self._retries = meter.create_counter(
            "billing_sdk.retries", unit="{retry}", description="HTTP attempts sent again"
        )
        self._pauses = meter.create_counter(
            "billing_sdk.rate_limit.pauses",
            unit="{pause}",
            description="Times the client paused on the server's 429/503 advice",
        )
        self._pause_seconds = meter.create_histogram(
            "billing_sdk.rate_limit.pause.duration",
            unit="s",
            description="How long the client paused on the server's advice",
        )
        self._job_waits = meter.create_histogram(
            "billing_sdk.job.wait.duration", unit="s", description="Background-job waits"
        )
        self._fanout_items = meter.create_counter(
            "billing_sdk.fanout.items", unit="{item}", description="Items run by bulk fan-out"
        )
        self._fanout_concurrency = meter.create_histogram(
            "billing_sdk.fanout.concurrency",
            unit="{worker}",
            description="Workers a bulk fan-out run started with",
        )

    def __repr__(self) -> str:
        return "Telemetry()"

    # -- one call -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def call(self, vendor: str, operation: str, method: str) -> Iterator[_CallSpan]:
        """The span of one operation call (the engine opens it around the send)."""
        attributes = {
            "billing_sdk.vendor": vendor,
            "billing_sdk.operation": operation,
            "http.request.method": method,
        }
        record = _Call(vendor, operation)
        token = _CURRENT.set(record)
        with self._tracer.start_as_current_span(
            f"{vendor} {operation}",
            kind=self._trace.SpanKind.CLIENT,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            result = _CallSpan(span)
            try:
                yield result
            except BaseException as exc:
                span.set_attribute("error.type", type(exc).__name__)
                status = getattr(exc, "status", None)
                if isinstance(status, int) and status:
                    span.set_attribute("http.response.status_code", status)
                landed = getattr(exc, "landed", None)
                if isinstance(landed, bool):
                    span.set_attribute("billing_sdk.landed", landed)
                span.set_status(self._trace.StatusCode.ERROR, type(exc).__name__)
                raise
            finally:
                _CURRENT.reset(token)
                span.set_attribute("billing_sdk.attempts", record.attempts)
            if result.status is not None:
                span.set_attribute("http.response.status_code", result.status)
            if method not in ("GET", "HEAD", "OPTIONS"):
                span.set_attribute("billing_sdk.landed", True)

    # -- what the transport, jobs and fan-out report ------------------------------------------

    def observe(self, vendor: str, event: str, seconds: float = 0.0) -> None:
        """A transport event: ``attempt``, ``retry`` or ``pause`` (with its seconds)."""
        call = _CURRENT.get()
        attributes = {"billing_sdk.vendor": vendor}
        if call is not None:
            attributes["billing_sdk.operation"] = call.operation
        if event == "attempt":
            if call is not None:
                call.attempts += 1
        elif event == "retry":
            self._retries.add(1, attributes)
        elif event == "pause":
            self._pauses.add(1, attributes)
            self._pause_seconds.record(seconds, attributes)

    def job_waited(self, vendor: str, operation: str, seconds: float, outcome: str) -> None:
        """A background job's wait ended (``outcome``: ``done`` or the error's class)."""
        self._job_waits.record(
            seconds,
            {
                "billing_sdk.vendor": vendor,
                "billing_sdk.operation": operation,
                "billing_sdk.outcome": outcome,
            },
        )

    def fanned_out(self, vendor: str, done: int, failed: int, workers: int) -> None:
        """A bulk fan-out run ended."""
        attributes = {"billing_sdk.vendor": vendor}
        self._fanout_items.add(done - failed, {**attributes, "billing_sdk.outcome": "ok"})
        if failed:
            self._fanout_items.add(failed, {**attributes, "billing_sdk.outcome": "failed"})
        self._fanout_concurrency.record(workers, attributes)


class _CallSpan:
    """What the engine hands back to a call's span (the final status)."""

    def __init__(self, span: Any) -> None:
        self.span = span
        self.status: int | None = None
