from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="AttachmentMetadataDto")


@_attrs_define
class AttachmentMetadataDto:
    """Settings carried (as JSON) in the `metadata` part of an attachment upload. The newer spec documents
    `includeAttachmentInvoiceEmail`; the older one `sendToAutoinvoice`.

        Attributes:
            include_attachment_invoice_email (bool | None): Attach the file to the invoice e-mail.
            send_to_autoinvoice (DtoValueOfBoolean | None): Update wrapper for a boolean.
    """

    include_attachment_invoice_email: bool | None = None
    send_to_autoinvoice: DtoValueOfBoolean | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "includeAttachmentInvoiceEmail": "include_attachment_invoice_email",
        "sendToAutoinvoice": "send_to_autoinvoice",
    }

    def to_dict(self) -> dict[str, Any]:
        include_attachment_invoice_email = self.include_attachment_invoice_email

        send_to_autoinvoice: dict[str, Any] | None = None
        if self.send_to_autoinvoice is not None:
            send_to_autoinvoice = self.send_to_autoinvoice.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_attachment_invoice_email is not None:
            field_dict["includeAttachmentInvoiceEmail"] = (
                include_attachment_invoice_email
            )
        if send_to_autoinvoice is not None:
            field_dict["sendToAutoinvoice"] = send_to_autoinvoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AttachmentMetadataDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        include_attachment_invoice_email = d.pop("includeAttachmentInvoiceEmail", None)

        _send_to_autoinvoice = d.pop("sendToAutoinvoice", UNSET)
        send_to_autoinvoice: DtoValueOfBoolean | None
        if isinstance(_send_to_autoinvoice, Unset):
            send_to_autoinvoice = None
        else:
            send_to_autoinvoice = DtoValueOfBoolean.from_dict(_send_to_autoinvoice)

        attachment_metadata_dto = cls(
            include_attachment_invoice_email=include_attachment_invoice_email,
            send_to_autoinvoice=send_to_autoinvoice,
        )
        attachment_metadata_dto._wire_keys = keys_seen

        return attachment_metadata_dto


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.dto_value_of_boolean import DtoValueOfBoolean
