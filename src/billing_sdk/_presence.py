"""Absent or null: which fields an answer carried.

The models read a field the answer left out and a field it sent as ``null`` alike, as
``None`` (their types carry no "unset" marker). Where a vendor gives the two different
meanings (a ``null`` that clears a field, a key left out because the caller asked for fewer
fields), :func:`fields_present` tells them apart: it reads the JSON keys the generated
``from_dict`` kept on the model (``_wire_keys``) through the model's ``FIELD_NAMES`` (JSON
key -> attribute name).
"""

from __future__ import annotations

import attrs

from billing_sdk._errors import ValidationError

__all__ = ["fields_present"]


def fields_present(model: object) -> frozenset[str]:
    """The attribute names of ``model`` whose keys the answer carried, ``null`` included.

    ``name in fields_present(m) and m.name is None``: the vendor sent ``null``;
    ``name not in fields_present(m)``: it left the field out. A model built in code (not
    read from JSON) carries none. Only the model's own fields count, not those of models
    nested in it (ask those themselves).

    Raises ``ValidationError`` for anything but a model the SDK's generated clients read (the
    facade's own result classes, which fill every field themselves, have no absent fields to
    tell apart).
    """
    names = getattr(type(model), "FIELD_NAMES", None)
    keys = getattr(model, "_wire_keys", None)
    if not isinstance(names, dict) or not isinstance(keys, frozenset):
        raise ValidationError(
            f"fields_present() takes a generated model, not {type(model).__name__}", field="model"
        )
    return frozenset(names[key] for key in keys if key in names)


#: Per generated model class: JSON key -> the position of its attribute in ``attrs.fields``.
_POSITIONS: dict[type, dict[str, int]] = {}


def wire_positions(model: object) -> list[int]:
    """The positions (in ``attrs.fields`` order) of the attributes whose keys ``from_dict``
    saw in ``model``, ascending.

    For a model just built by ``from_dict`` (and not changed since), every other attribute
    is ``None``: a walk over the model's values need only visit these (a write's body sets a
    few of ~50 attributes).
    """
    cls = type(model)
    positions = _POSITIONS.get(cls)
    if positions is None:
        fields = attrs.fields(cls) if attrs.has(cls) else ()
        index = {field.name: i for i, field in enumerate(fields)}
        names: dict[str, str] = getattr(cls, "FIELD_NAMES", {})
        positions = _POSITIONS[cls] = {key: index[name] for key, name in names.items()}
    keys: frozenset[str] = getattr(model, "_wire_keys", frozenset())
    if len(keys) == 1:  # a write's body, a {"value": ...} wrapper: the common case
        for key in keys:
            position = positions.get(key)
            return [] if position is None else [position]
    return sorted([positions[key] for key in keys if key in positions])
