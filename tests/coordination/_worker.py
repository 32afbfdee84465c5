"""A worker process for the multi-process tests: ``python -m tests.coordination._worker``.

``create BASE REDIS PREFIX N``: creates payments ``PREFIX-000`` .. ``PREFIX-{N-1}`` (the same
references in every process that runs it), prints ``{"created": n}``.
``jobs BASE REDIS PREFIX N``: starts N background creates, prints ``started`` and waits for them
(the test kills it with SIGKILL). ``resume BASE REDIS``: ``background.resume_all()``, prints the
job ids it finished and the errors.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

import anyio

from billing_sdk import VismaClient
from billing_sdk.coordination import RedisCoordination


def client(base_url: str, coordination: RedisCoordination, creds: dict[str, str]) -> VismaClient:
    return VismaClient(
        base_url=base_url,
        token_url=base_url + "/connect/token",
        allow_insecure_http=True,
        coordination=coordination,
        **creds,
    )


def payment(ref: str) -> dict[str, Any]:
    return {
        "type": "Payment",
        "customer": "10001",
        "payment_amount": Decimal("12.50"),
        "payment_ref": ref,
    }


async def main(argv: list[str]) -> None:
    mode, base_url, redis_url = argv[0], argv[1], argv[2]
    creds = json.loads(argv[-1])
    coordination = RedisCoordination(redis_url, job_lease=1.0)
    async with client(base_url, coordination, creds) as visma:
        if mode == "create":
            prefix, count = argv[3], int(argv[4])
            limiter = anyio.CapacityLimiter(8)
            created = 0

            async def one(index: int) -> None:
                nonlocal created
                async with limiter:
                    await visma.customer_payments.create(payment(f"{prefix}-{index:03d}"))
                    created += 1

            async with anyio.create_task_group() as tg:
                for index in range(count):
                    tg.start_soon(one, index)
            print(json.dumps({"created": created}), flush=True)
        elif mode == "jobs":
            prefix, count = argv[3], int(argv[4])
            jobs = [
                await visma.customer_payments.create(
                    payment(f"{prefix}-{index:03d}"), background=True
                )
                for index in range(count)
            ]
            print(json.dumps({"started": [job.id for job in jobs]}), flush=True)
            await visma.background.wait_all(jobs)
            print(json.dumps({"finished": len(jobs)}), flush=True)
        elif mode == "resume":
            outcomes = await visma.background.resume_all()
            print(
                json.dumps(
                    {
                        "finished": [j for j, r in outcomes if not isinstance(r, Exception)],
                        "errors": [f"{j}: {r!r}" for j, r in outcomes if isinstance(r, Exception)],
                    }
                ),
                flush=True,
            )
    await coordination.aclose()


if __name__ == "__main__":
    anyio.run(main, sys.argv[1:])
