from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentMetadataDto")


@_attrs_define
class AttachmentMetadataDto:
    """Settings carried (as JSON) in the `metadata` part of an attachment upload. The newer spec documents
    `includeAttachmentInvoiceEmail`; the older one `sendToAutoinvoice`.

        Attributes:
            include_attachment_invoice_email (bool | Unset): Attach the file to the invoice e-mail.
            send_to_autoinvoice (DtoValueOfBoolean | Unset): Update wrapper for a boolean.
    """

    include_attachment_invoice_email: bool | Unset = UNSET
    send_to_autoinvoice: DtoValueOfBoolean | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        include_attachment_invoice_email = self.include_attachment_invoice_email

        send_to_autoinvoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_to_autoinvoice, Unset):
            send_to_autoinvoice = self.send_to_autoinvoice.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_attachment_invoice_email is not UNSET:
            field_dict["includeAttachmentInvoiceEmail"] = (
                include_attachment_invoice_email
            )
        if send_to_autoinvoice is not UNSET:
            field_dict["sendToAutoinvoice"] = send_to_autoinvoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AttachmentMetadataDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        include_attachment_invoice_email = d.pop("includeAttachmentInvoiceEmail", UNSET)

        _send_to_autoinvoice = d.pop("sendToAutoinvoice", UNSET)
        send_to_autoinvoice: DtoValueOfBoolean | Unset
        if isinstance(_send_to_autoinvoice, Unset):
            send_to_autoinvoice = UNSET
        else:
            send_to_autoinvoice = DtoValueOfBoolean.from_dict(_send_to_autoinvoice)

        attachment_metadata_dto = cls(
            include_attachment_invoice_email=include_attachment_invoice_email,
            send_to_autoinvoice=send_to_autoinvoice,
        )

        return attachment_metadata_dto


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.dto_value_of_boolean import DtoValueOfBoolean
