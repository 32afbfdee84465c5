from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, wire_keys

T = TypeVar("T", bound="AttachmentUploadForm")


@_attrs_define
class AttachmentUploadForm:
    """Multipart body of the attachment uploads.

    Attributes:
        file (File): The attachment file (send a filename; an existing name creates a new revision).
        metadata (AttachmentMetadataDto | None): Settings carried (as JSON) in the `metadata` part of an attachment
            upload. The newer spec documents `includeAttachmentInvoiceEmail`; the older one `sendToAutoinvoice`.
    """

    file: File
    metadata: AttachmentMetadataDto | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "file": "file",
        "metadata": "metadata",
    }

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if metadata is not None:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if self.metadata is not None:
            files.append(
                (
                    "metadata",
                    (
                        None,
                        json.dumps(self.metadata.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AttachmentUploadForm: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        file = File(payload=BytesIO(d.pop("file")))

        _metadata = d.pop("metadata", UNSET)
        metadata: AttachmentMetadataDto | None
        if isinstance(_metadata, Unset):
            metadata = None
        else:
            metadata = AttachmentMetadataDto.from_dict(_metadata)

        attachment_upload_form = cls(
            file=file,
            metadata=metadata,
        )
        attachment_upload_form._wire_keys = keys_seen

        attachment_upload_form.additional_properties = d
        return attachment_upload_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.attachment_metadata_dto import AttachmentMetadataDto
