"""Absent or null: which fields an answer carried.

The models read a field the answer left out and a field it sent as ``null`` alike, as
``None`` (their types carry no "unset" marker). Where a vendor gives the two different
meanings (a ``null`` that clears a field, a key left out because the caller asked for fewer
fields), :func:`fields_present` tells them apart: it reads the JSON keys the generated
``from_dict`` kept on the model (``_wire_keys``) through the model's ``FIELD_NAMES`` (JSON
key -> attribute name).
"""

from __future__ import annotations

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
