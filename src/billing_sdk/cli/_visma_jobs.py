"""``billing-sdk visma jobs`` and what every Visma command shares: ``--background/--wait``.

Any Visma command taking ``--background`` sends its call with ``erp-api-background`` and prints
the job's id and continuation token; with ``--wait`` it waits (polling with backoff, following
``Retry-After``) and prints the same result the direct call would. A wait that ends early
(Ctrl-C, or ``--timeout``) prints the job's id and the exact command that resumes the wait:
the job keeps running on the server.
"""

from __future__ import annotations

import functools
import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import click
from click.core import ParameterSource

from billing_sdk.cli import _credentials as creds
from billing_sdk.cli._common import json_option, output, run, show_one
from billing_sdk.cli._output import Column, Output, to_data
from billing_sdk.visma import Action, Job, VismaClient
from billing_sdk.visma._errors import JobTimeout

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

JOB_FIELDS: list[Column] = [
    ("Job", "id"),
    ("Status", "status"),
    ("Inner status", "statusCode"),
    ("Received", "receivedUtc"),
    ("Finished", "finishedUtc"),
    ("Request", "originalUri"),
    ("Error", "errorMessage"),
]


def client() -> VismaClient:
    """A client from the credentials given to ``billing-sdk visma`` (or the environment)."""
    found = click.get_current_context().find_object(creds.VismaCredentials)
    return (found or creds.VismaCredentials()).client()


@dataclass(frozen=True)
class BackgroundOptions:
    """``--background``, ``--wait`` and ``--timeout`` of one command."""

    enabled: bool
    wait: bool
    timeout: float


def background_options(fn: Callable[..., None]) -> Callable[..., None]:
    """Add ``--background/--wait/--timeout`` (Visma's ``erp-api-background`` jobs), handed to
    the command as one checked ``bg: BackgroundOptions``."""

    @functools.wraps(fn)
    def command(*args: Any, background: bool, wait: bool, timeout: float, **kwargs: Any) -> None:
        fn(*args, bg=background_mode(background, wait, timeout), **kwargs)

    return _background_flags(command)


def _background_flags(fn: F) -> F:
    fn = click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=120.0,
        show_default=True,
        help="With --wait: give up waiting after this many seconds (the job keeps running).",
    )(fn)
    fn = click.option(
        "--wait", is_flag=True, help="With --background: wait for the job and print its result."
    )(fn)
    return click.option(
        "--background",
        is_flag=True,
        help="Run as a Visma background job; prints the job id (and its result with --wait).",
    )(fn)


def background_mode(background: bool, wait: bool, timeout: float) -> BackgroundOptions:
    """The command's background options, checked (``--wait`` needs ``--background``)."""
    if wait and not background:
        raise click.UsageError("--wait only applies with --background")
    return BackgroundOptions(background, wait, timeout)


async def direct_or_job(
    out: Output,
    bg: BackgroundOptions,
    call: Callable[[bool], Awaitable[Any]],
    show: Callable[[Any], Awaitable[None] | None],
) -> None:
    """Run ``call(background)`` directly, or as a job (waited for with ``--wait``)."""
    answer = await call(bg.enabled)
    if not isinstance(answer, Job):
        await _shown(show(answer))
        return
    job: Job[Any] = answer
    if not bg.wait:
        _show_job(out, job)
        return
    try:
        result = await job.wait(timeout=bg.timeout)
    except (KeyboardInterrupt, JobTimeout, anyio.get_cancelled_exc_class()) as exc:
        # Ctrl-C reaches the command as the cancellation of its task (asyncio.Runner).
        why = "timed out" if isinstance(exc, JobTimeout) else "interrupted"
        click.echo(
            f"{why}: job {job.id} keeps running on the server; resume the wait with: "
            f"{resume_command(job)}",
            err=True,
        )
        raise
    _finished(out, job)
    await _shown(show(result))


def resume_command(job: Job[Any]) -> str:
    """The command that waits for ``job`` again, with the non-secret ``billing-sdk visma``
    flags this run was given on its command line (secrets come from the variables)."""
    words = ["billing-sdk"]
    ctx: click.Context | None = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx is not None else None
    if root is not None and root.params.get("as_json"):
        words.append("--json")
    words.append("visma")
    group = _visma_context(ctx)
    if group is not None:
        for setting in creds.VISMA:
            name = setting.flag.lstrip("-").replace("-", "_")
            value = group.params.get(name)
            given = group.get_parameter_source(name) == ParameterSource.COMMANDLINE
            if value and given and not setting.secret:
                words += [setting.flag, str(value)]
    words += ["jobs", "wait", job.id, "--operation", job.kind.name]
    return shlex.join(words)


def _visma_context(ctx: click.Context | None) -> click.Context | None:
    while ctx is not None and (ctx.command.name != "visma" or ctx.parent is None):
        ctx = ctx.parent
    return ctx


async def _shown(shown: Awaitable[None] | None) -> None:
    if shown is not None:
        await shown


def show_action(out: Output, title: str, timeout: float) -> Callable[[Action[Any, Any]], Any]:
    """Print an accepted action once its document shows it done (Visma answers 202 at once
    and runs the action in the background): the answer plus the document's status."""

    async def show(action: Action[Any, Any]) -> None:
        document = await action.wait(timeout=timeout)
        data = to_data(action)
        data["document_status"] = to_data(getattr(document, "status", None))
        number = getattr(document, "reference_number", None) or getattr(document, "ref_nbr", None)
        data["document_number"] = to_data(number)
        out.value(data, title=title)

    return show


def _finished(out: Output, job: Job[Any]) -> None:
    polls = job.stats.polls
    out.note(
        f"job {job.id} finished after {job.stats.waited:.2f} s ({polls} poll{'s' * (polls != 1)})"
    )


def _show_job(out: Output, job: Job[Any]) -> None:
    out.value(
        {"job_id": job.id, "operation": job.kind.name, "continuation_token": job.continuation_token}
    )
    out.note(f"wait for it: {resume_command(job)}")


# -- background jobs --------------------------------------------------------------------------


@click.group()
def jobs() -> None:
    """Background jobs started with --background (status, wait)."""


@jobs.command(name="status")
@click.argument("job_id")
@json_option
def jobs_status(job_id: str, as_json: bool) -> None:
    """Show a background job's state."""
    show_one(
        client, lambda visma: visma.background.state(job_id), as_json, JOB_FIELDS, f"Job {job_id}"
    )


@jobs.command(name="wait")
@click.argument("job_id", required=False)
@click.option(
    "--operation",
    metavar="NAME",
    help="What the job runs (e.g. customer_invoices.release), to print its typed result.",
)
@click.option("--token", metavar="JSON", help="A continuation token instead of JOB_ID.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=120.0,
    show_default=True,
    help="Give up waiting after this many seconds (the job keeps running).",
)
@json_option
def jobs_wait(
    job_id: str | None, operation: str | None, token: str | None, timeout: float, as_json: bool
) -> None:
    """Wait for a background job and print its result."""
    if (job_id is None) == (token is None):
        raise click.UsageError("give either JOB_ID or --token")
    out = output(as_json)

    async def main() -> None:
        async with client() as visma:
            if token is not None:
                job = visma.background.resume(token)
            else:
                assert job_id is not None
                job = visma.background.job(job_id, operation)
            try:
                result = await job.wait(timeout=timeout)
            except (KeyboardInterrupt, JobTimeout, anyio.get_cancelled_exc_class()):
                click.echo(f"job {job.id} keeps running; again: {resume_command(job)}", err=True)
                raise
        _finished(out, job)
        data = to_data(result)
        if isinstance(data, dict):
            out.value(data, title=f"Result of job {job.id}")
        elif isinstance(data, list):
            keys = list(data[0])[:8] if data and isinstance(data[0], dict) else []
            out.records(data, [(k, k) for k in keys], title=f"Result of job {job.id}")
        else:
            out.value({"result": data}, title=f"Result of job {job.id}")

    run(main)
