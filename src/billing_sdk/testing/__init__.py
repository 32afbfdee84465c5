"""A test kit for your own test suite: the sandbox as a pytest plugin.

Installed with ``pip install 'billing-sdk[testing]'``, pytest loads the plugin by itself (a
``pytest11`` entry point); nothing to import or list in ``conftest.py``. Fixtures:

* ``billing_sandbox``: a fresh :class:`~billing_sdk.sandbox.Sandbox` served on 127.0.0.1 on a
  free port for one test, stopped after it. Override ``billing_sandbox_options`` (a dict of
  ``Sandbox`` arguments: ``seed``, ``faults``, per-vendor settings) to change it.
* ``visma_client``, ``crmcom_client``, ``billomat_client``: a client of that sandbox
  (``for_sandbox``), closed after the test (async fixtures: needs pytest-asyncio).
* ``billing_faults``: a :class:`SandboxFaults` to switch fault plans on and off mid-test.
* ``billing_state``: a :class:`SandboxState` to snapshot the sandbox and see what changed.

See ``docs/testing.md``. The plugin imports nothing from the sandbox until a fixture is used,
so installing billing-sdk without the extra never breaks a pytest run.
"""

from billing_sdk.testing._kit import SandboxFaults, SandboxState

__all__ = ["SandboxFaults", "SandboxState"]
