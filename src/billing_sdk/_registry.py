"""The vendor registry: what each vendor plugs into the core, in one place.

This is the one core module that names vendors. Everything else in the core works through
the pieces a vendor hands it (its client class, built on ``_client.BaseClient``, passes the
engine its error parser, its ``httpx.Auth`` flow and its ``ok`` test), and the lists that
used to be kept by hand (the public names of ``billing_sdk``, the CLI's command groups, the
tests' vendor lists) are read from here. ``docs/adding-a-vendor.md`` walks through adding one.

Standard library only: ``billing_sdk/__init__.py`` reads it on import, which must stay cheap.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Vendor:
    """One vendor's entry: where its code lives and which names it adds to ``billing_sdk``."""

    #: Short name: the CLI group, the sandbox's vendor key, ``billing_sdk.<name>`` by default.
    name: str
    #: Name for people (docs, messages).
    title: str
    #: The vendor package (``billing_sdk.visma``); its ``__init__`` exports the client.
    package: str
    #: The client class's name in :attr:`package`.
    client: str
    #: The generated low-level client package (``make generate``), if any.
    generated: str | None = None
    #: Names ``billing_sdk`` re-exports from :attr:`package`, loaded on first use.
    exports: tuple[str, ...] = ()
    #: Module of the vendor's own error classes (loaded on first use, like the client).
    errors_module: str | None = None
    #: Error classes ``billing_sdk`` re-exports from :attr:`errors_module`.
    errors: tuple[str, ...] = ()
    #: ``module:attribute`` of the vendor's CLI command group, if it has one.
    cli: str | None = None
    #: The vendor's spec in ``openapi/`` (``make generate`` makes :attr:`generated` from it,
    #: and copies its request side into the sandbox).
    spec: str | None = None
    #: ``module:attribute`` of the vendor's simulator class in the sandbox, if it has one:
    #: called with the vendor's settings (``None``: its defaults), it serves the vendor's
    #: operations (``billing_sdk.sandbox._core.Vendor``).
    sandbox: str | None = None
    #: Anything else a vendor wants the core to know, by name.
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def public_names(self) -> dict[str, str]:
        """Every name this vendor adds to ``billing_sdk`` -> the module that defines it."""
        names = {name: self.package for name in (self.client, *self.exports)}
        if self.errors_module is not None:
            names |= {name: self.errors_module for name in self.errors}
        return names

    def with_errors(self, module: str, *names: str) -> Vendor:
        """This entry with its own error classes (``names`` in ``module``)."""
        return dataclasses.replace(self, errors_module=module, errors=names)

    def with_cli(self, group: str) -> Vendor:
        """This entry with its CLI command group (``module:attribute``)."""
        return dataclasses.replace(self, cli=group)

    def with_spec(self, spec: str) -> Vendor:
        """This entry with its spec (a file name in ``openapi/``)."""
        return dataclasses.replace(self, spec=spec)

    def with_sandbox(self, simulator: str) -> Vendor:
        """This entry with its sandbox simulator class (``module:attribute``)."""
        return dataclasses.replace(self, sandbox=simulator)

    def load_client(self) -> type:
        """The client class (imports the vendor package)."""
        cls: type = getattr(importlib.import_module(self.package), self.client)
        return cls


def load(reference: str) -> Any:
    """The object a ``module:attribute`` reference names (imports the module)."""
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


def lazy_exports(
    module: str, table: Mapping[str, str], public: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` (PEP 562) that load each public name of
    ``table`` (name -> defining module) on first use: a vendor package imports nothing heavy
    until a name is used, so ``except billing_sdk.<VendorError>`` loads no client."""
    namespace = vars(sys.modules[module])

    def __getattr__(name: str) -> Any:
        where = table.get(name)
        if where is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where), name)
        namespace[name] = value  # the next lookup is an ordinary one
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *public})

    return __getattr__, __dir__


_VENDORS: dict[str, Vendor] = {}


def register(vendor: Vendor) -> Vendor:
    """Add (or replace) a vendor; a vendor outside this package registers itself this way."""
    _VENDORS[vendor.name] = vendor
    return vendor


def unregister(name: str) -> None:
    """Remove a vendor added with :func:`register` (tests use it to clean up)."""
    _VENDORS.pop(name, None)


def vendors() -> tuple[Vendor, ...]:
    """Every registered vendor, in registration order."""
    return tuple(_VENDORS.values())


def vendor(name: str) -> Vendor:
    """The vendor registered as ``name`` (``KeyError`` if there is none)."""
    return _VENDORS[name]


def public_names() -> dict[str, str]:
    """Every vendor name ``billing_sdk`` exports -> the module that defines it."""
    names: dict[str, str] = {}
    for entry in _VENDORS.values():
        names |= entry.public_names()
    return names


# Each: name, title, package, client class, generated package, then what else it plugs in.
register(
    Vendor(
        "visma",
        "Visma.net ERP",
        "billing_sdk.visma",
        "VismaClient",
        "billing_sdk._generated.visma_erp_api",
        ("Job",),
    )
    .with_errors(
        "billing_sdk.visma._errors",
        *("ActionError", "ActionFailed", "ActionTimeout"),
        *("JobError", "JobExpired", "JobFailed", "JobsFailed", "JobTimeout"),
    )
    .with_cli("billing_sdk.cli._visma:visma")
    .with_spec("visma-erp.yaml")
    .with_sandbox("billing_sdk.sandbox._visma:VismaSimulator")
)
register(
    Vendor(
        "crmcom",
        "CRM.COM",
        "billing_sdk.crmcom",
        "CrmComClient",
        "billing_sdk._generated.crmcom_payments_api",
    )
    .with_errors("billing_sdk.crmcom._errors", "CrmComError")
    .with_cli("billing_sdk.cli._crmcom:crmcom")
    .with_spec("crmcom-payments.yaml")
    .with_sandbox("billing_sdk.sandbox._crmcom:CrmComSimulator")
)
register(
    Vendor(
        "billomat",
        "Billomat",
        "billing_sdk.billomat",
        "BillomatClient",
        "billing_sdk._generated.billomat_api",
    )
    .with_cli("billing_sdk.cli._billomat:billomat")
    .with_spec("billomat-credit-note-payments.yaml")
    .with_sandbox("billing_sdk.sandbox._billomat:BillomatSimulator")
)
