"""openapi-python-client 0.29.1 plus two types: ``format: decimal`` becomes ``decimal.Decimal``,
``format: local-date-time`` a naive ``datetime.datetime``.

``tools/codegen.py`` runs the generator through this module (``python tools/codegen_ext.py
generate ...``, the generator's own command line) instead of its console script. Why a parser
extension and not only templates: a property's Python type is decided by the generator's parser
(``property_from_data``), and the templates never see a schema's ``format`` (a ``$ref`` to a
``Money`` component reaches them as a plain ``FloatProperty``). So the one decision, "this
number is a decimal", is made here; everything about the code it becomes (reading, writing,
the limits a model carries) is in the templates under ``tools/codegen_templates/``.

A local date-time is a ``type: string`` schema with ``format: local-date-time``: a timestamp
without an offset, as Visma writes them (``2024-01-31T00:00:00``). RFC 3339 ``date-time``
demands an offset, so a spec-driven validator would refuse ordinary traffic; the spec describes
the value by a pattern instead, and the format (unknown to JSON Schema, so validators ignore it
and the pattern decides) tells this generator that users should still meet a ``datetime``. It
is read tolerantly (a fraction of any length and an offset parse; an offset is dropped, the
wall-clock time kept, so a date never moves) and written as ``YYYY-MM-DDTHH:MM:SS``
(``types.local_datetime_from_json`` / ``local_datetime_to_json``).

A decimal is a schema with ``format: decimal`` and ``type: number`` (the wire carries a JSON
number: Visma, CRM.COM) or ``type: string`` (the wire carries the digits as a string:
Billomat). Its limits are JSON Schema's ``multipleOf``, ``minimum``, ``exclusiveMinimum``,
``maximum`` and ``exclusiveMaximum`` on a number; a string carries the same keywords in
``x-decimal-limits`` (validators ignore numeric keywords on strings), which may also say
``notZero: true``. The generated models expose them, so the SDK and its sandbox check amounts
against the numbers the spec states.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any, ClassVar

import openapi_python_client
from attrs import define, field
from openapi_python_client import Project
from openapi_python_client import schema as oai
from openapi_python_client.parser import bodies, openapi, responses
from openapi_python_client.parser import properties as props
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.strings import PythonCode, PythonIdentifier

#: The generator version this extension was written against (its parser internals are used).
PINNED_VERSION = "0.29.1"
COMPONENT_PREFIX = "/components/schemas/"  # a ReferencePath: the $ref without "#"
_LIMIT_KEYWORDS = ("multipleOf", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")


@define
class DecimalProperty(FloatProperty):
    """A number read and written as ``decimal.Decimal`` (never through ``float``)."""

    #: ``"number"``: a JSON number on the wire; ``"string"``: a JSON string of digits.
    encoding: str = "number"
    #: Python source of the limits (``Decimal("0.01")``), keyed by the field names of the
    #: generated ``DecimalLimits``; empty when the spec sets none.
    limits: dict[str, str] = field(factory=dict)

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_property.py.jinja"

    def get_base_json_type_string(self) -> PythonCode:
        return PythonCode("str" if self.encoding == "string" else "Decimal")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        imports.add(f"from {prefix}types import decimal_from_json")
        return imports

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if isinstance(value, Value) or value is None:
            return value
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return PropertyError(f"Cannot convert {value!r} to a decimal")
        text = repr(value) if isinstance(value, float) else str(value)
        return Value(python_code=PythonCode(f'Decimal("{Decimal(text)}")'), raw_value=value)


#: The format of a timestamp without an offset (see the module docstring).
LOCAL_DATE_TIME = "local-date-time"


@define
class LocalDateTimeProperty(DateTimeProperty):
    """A local (offset-free) timestamp, held as a naive ``datetime.datetime``."""

    template: ClassVar[str] = "local_datetime_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add(f"from {prefix}types import local_datetime_from_json, local_datetime_to_json")
        return imports


def _is_local_date_time(data: object) -> bool:
    return (
        isinstance(data, oai.Schema)
        and data.schema_format == LOCAL_DATE_TIME
        and data.type == oai.DataType.STRING
        and not (data.enum or data.anyOf or data.oneOf or data.allOf)
    )


def _local_date_time(
    name: oai.UntrustedString, required: bool, data: oai.Schema, config: Any
) -> LocalDateTimeProperty | PropertyError:
    default = LocalDateTimeProperty.convert_value(data.default)
    if isinstance(default, PropertyError):
        return default
    return LocalDateTimeProperty(
        name=name,
        required=required,
        default=default,
        python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
        description=data.description,
        example=data.example,
    )


def _limit(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    # The spec's numbers arrive as floats (the generator's schema model types them so);
    # their shortest repr is the decimal written in the YAML. Written in plain notation.
    number = Decimal(repr(value) if isinstance(value, float) else str(value))
    text = str(int(number)) if number == number.to_integral_value() else format(number, "f")
    return f'Decimal("{text}")'


def _limits(data: oai.Schema) -> dict[str, str] | PropertyError:
    if data.type == oai.DataType.STRING:
        source = (data.model_extra or {}).get("x-decimal-limits") or {}
        if not isinstance(source, dict):
            return PropertyError(detail="x-decimal-limits must be a mapping", data=data)
    else:
        source = {key: getattr(data, key) for key in _LIMIT_KEYWORDS}
        if isinstance(data.exclusiveMinimum, bool) or isinstance(data.exclusiveMaximum, bool):
            return PropertyError(detail="use OpenAPI 3.1 numeric exclusive limits", data=data)
    unknown = set(source) - {*_LIMIT_KEYWORDS, "notZero"}
    if unknown:
        return PropertyError(detail=f"unknown decimal limits {sorted(unknown)}", data=data)
    found: dict[str, str] = {}
    for keyword, name in (
        ("multipleOf", "multiple_of"),
        ("minimum", "minimum"),
        ("exclusiveMinimum", "exclusive_minimum"),
        ("maximum", "maximum"),
        ("exclusiveMaximum", "exclusive_maximum"),
    ):
        code = _limit(source.get(keyword))
        if code is not None:
            found[name] = code
    if source.get("notZero"):
        found["not_zero"] = "True"
    return found


def _is_decimal(data: object) -> bool:
    return (
        isinstance(data, oai.Schema)
        and data.schema_format == "decimal"
        and data.type in (oai.DataType.NUMBER, oai.DataType.STRING)
        and not (data.enum or data.anyOf or data.oneOf or data.allOf)
    )


#: Component name -> limits source, for every decimal component schema (types.py lists them).
DECIMAL_COMPONENTS: dict[str, dict[str, str]] = {}
_original_property_from_data = props.property_from_data


def property_from_data(  # the generator's signature, unchanged
    name: oai.UntrustedString,
    required: bool,
    data: oai.Reference | oai.Schema,
    schemas: props.Schemas,
    parent_name: str,
    config: Any,
    process_properties: bool = True,
    roots: set[Any] | None = None,
) -> tuple[Any, props.Schemas]:
    """The generator's ``property_from_data``, with decimals and local date-times recognised
    first."""
    if _is_local_date_time(data):
        assert isinstance(data, oai.Schema)
        return _local_date_time(name, required, data, config), schemas
    if not _is_decimal(data):
        return _original_property_from_data(
            name, required, data, schemas, parent_name, config, process_properties, roots
        )
    assert isinstance(data, oai.Schema)
    limits = _limits(data)
    if isinstance(limits, PropertyError):
        return limits, schemas
    default = DecimalProperty.convert_value(data.default)
    if isinstance(default, PropertyError):
        return default, schemas
    raw_name = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
    if raw_name.startswith(COMPONENT_PREFIX):
        DECIMAL_COMPONENTS[raw_name.removeprefix(COMPONENT_PREFIX)] = limits
    prop = DecimalProperty(
        name=name,
        required=required,
        default=default,
        python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
        description=data.description,
        example=data.example,
        encoding="string" if data.type == oai.DataType.STRING else "number",
        limits=limits,
    )
    return prop, schemas


_original_project_init = Project.__init__


def _read_models(project: Project) -> set[str]:
    """The class names of every model a response can contain (at any depth).

    Their enum fields are open (an unknown value is read, not refused); models only ever sent
    keep closed enums, so building a request from an unknown value still fails.
    """
    models = {model.class_info.name: model for model in project.openapi.models}
    found: set[str] = set()

    def walk(prop: Any) -> None:
        if prop is None or isinstance(prop, bool):
            return
        name = getattr(getattr(prop, "class_info", None), "name", None)
        if name in models and hasattr(prop, "required_properties"):
            if name in found:
                return
            found.add(name)
            model = models[name]
            for inner in [*model.required_properties, *model.optional_properties]:
                walk(inner)
            walk(model.additional_properties)
        walk(getattr(prop, "inner_property", None))
        for inner in getattr(prop, "inner_properties", None) or []:
            walk(inner)

    for collection in project.openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses:
                walk(response.prop)
    return found


def _project_init(self: Project, *args: Any, **kwargs: Any) -> None:
    _original_project_init(self, *args, **kwargs)
    self.env.globals["decimal_components"] = dict(sorted(DECIMAL_COMPONENTS.items()))
    self.env.globals["read_models"] = _read_models(self)


def install() -> None:
    """Teach the pinned generator about decimals (every module that imported the parser)."""
    if openapi_python_client.__version__ != PINNED_VERSION:
        raise SystemExit(
            f"tools/codegen_ext.py is written for openapi-python-client {PINNED_VERSION}, "
            f"not {openapi_python_client.__version__}: review it before regenerating"
        )
    # Three modules imported the function by name; the rest look it up on the package.
    for module in (props, bodies, openapi, responses):
        module.property_from_data = property_from_data  # type: ignore[attr-defined]
    Project.__init__ = _project_init  # type: ignore[method-assign]


def main() -> None:
    install()
    from openapi_python_client.cli import app

    app(prog_name="openapi-python-client")


if __name__ == "__main__":
    sys.exit(main())
