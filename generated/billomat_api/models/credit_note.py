from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_status import CreditNoteStatus
from ..models.net_gross import NetGross
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditNote")


@_attrs_define
class CreditNote:
    """A credit note (read model; all scalars are JSON strings, unset values `""`).

    Attributes:
        id (str): A Billomat ID, serialised as a JSON string of digits.
        created (datetime.datetime): Server timestamp of creation (ISO 8601 with offset).
        client_id (str): A Billomat ID, serialised as a JSON string of digits.
        contact_id (str): A Billomat ID as a JSON string, or `""` when not set.
        credit_note_number (str): Formatted credit note number incl. prefix (e.g. "GS123").
        date (datetime.date): Credit note date (YYYY-MM-DD).
        status (CreditNoteStatus): Status of a credit note. Created as DRAFT; complete → OPEN; payment with
            mark_credit_note_as_paid → PAID; cancel → CANCELED; uncancel → OPEN.
        total_net (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        total_gross (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        currency_code (str): Currency (ISO 4217).
        quote (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        paid_amount (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        open_amount (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        invoice_id (str): A Billomat ID as a JSON string, or `""` when not set.
        updated (datetime.datetime | Unset): Server timestamp of the last change (ISO 8601 with offset).
        number (str | Unset): Running number (`""` while not assigned).
        number_pre (str | Unset): Number prefix.
        number_length (str | Unset): Minimum length of the number (zero-padded).
        title (str | Unset): Document title.
        address (str | Unset): Complete address.
        label (str | Unset):
        intro (str | Unset):
        note (str | Unset):
        total_net_unreduced (str | Unset): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The
            SDK treats it as Decimal.
        total_gross_unreduced (str | Unset): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1").
            The SDK treats it as Decimal.
        reduction (str | Unset): Reduction, absolute or percent ("10" / "10%"), `""` when none.
        net_gross (NetGross | Unset): Price basis of a document.
        free_text_id (str | Unset): A Billomat ID as a JSON string, or `""` when not set.
        template_id (str | Unset): A Billomat ID as a JSON string, or `""` when not set.
        customerportal_url (str | Unset): Link to the document in the customer portal.
        customfield (str | Unset): Free per-object metadata (`""` when empty).
    """

    id: str
    created: datetime.datetime
    client_id: str
    contact_id: str
    credit_note_number: str
    date: datetime.date
    status: CreditNoteStatus
    total_net: str
    total_gross: str
    currency_code: str
    quote: str
    paid_amount: str
    open_amount: str
    invoice_id: str
    updated: datetime.datetime | Unset = UNSET
    number: str | Unset = UNSET
    number_pre: str | Unset = UNSET
    number_length: str | Unset = UNSET
    title: str | Unset = UNSET
    address: str | Unset = UNSET
    label: str | Unset = UNSET
    intro: str | Unset = UNSET
    note: str | Unset = UNSET
    total_net_unreduced: str | Unset = UNSET
    total_gross_unreduced: str | Unset = UNSET
    reduction: str | Unset = UNSET
    net_gross: NetGross | Unset = UNSET
    free_text_id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    customerportal_url: str | Unset = UNSET
    customfield: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        client_id = self.client_id

        contact_id = self.contact_id

        credit_note_number = self.credit_note_number

        date = self.date.isoformat()

        status = self.status.value

        total_net = self.total_net

        total_gross = self.total_gross

        currency_code = self.currency_code

        quote = self.quote

        paid_amount = self.paid_amount

        open_amount = self.open_amount

        invoice_id = self.invoice_id

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        number = self.number

        number_pre = self.number_pre

        number_length = self.number_length

        title = self.title

        address = self.address

        label = self.label

        intro = self.intro

        note = self.note

        total_net_unreduced = self.total_net_unreduced

        total_gross_unreduced = self.total_gross_unreduced

        reduction = self.reduction

        net_gross: str | Unset = UNSET
        if not isinstance(self.net_gross, Unset):
            net_gross = self.net_gross.value

        free_text_id = self.free_text_id

        template_id = self.template_id

        customerportal_url = self.customerportal_url

        customfield = self.customfield

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "client_id": client_id,
                "contact_id": contact_id,
                "credit_note_number": credit_note_number,
                "date": date,
                "status": status,
                "total_net": total_net,
                "total_gross": total_gross,
                "currency_code": currency_code,
                "quote": quote,
                "paid_amount": paid_amount,
                "open_amount": open_amount,
                "invoice_id": invoice_id,
            }
        )
        if updated is not UNSET:
            field_dict["updated"] = updated
        if number is not UNSET:
            field_dict["number"] = number
        if number_pre is not UNSET:
            field_dict["number_pre"] = number_pre
        if number_length is not UNSET:
            field_dict["number_length"] = number_length
        if title is not UNSET:
            field_dict["title"] = title
        if address is not UNSET:
            field_dict["address"] = address
        if label is not UNSET:
            field_dict["label"] = label
        if intro is not UNSET:
            field_dict["intro"] = intro
        if note is not UNSET:
            field_dict["note"] = note
        if total_net_unreduced is not UNSET:
            field_dict["total_net_unreduced"] = total_net_unreduced
        if total_gross_unreduced is not UNSET:
            field_dict["total_gross_unreduced"] = total_gross_unreduced
        if reduction is not UNSET:
            field_dict["reduction"] = reduction
        if net_gross is not UNSET:
            field_dict["net_gross"] = net_gross
        if free_text_id is not UNSET:
            field_dict["free_text_id"] = free_text_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if customerportal_url is not UNSET:
            field_dict["customerportal_url"] = customerportal_url
        if customfield is not UNSET:
            field_dict["customfield"] = customfield

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        client_id = d.pop("client_id")

        contact_id = d.pop("contact_id")

        credit_note_number = d.pop("credit_note_number")

        date = datetime.date.fromisoformat(d.pop("date"))

        status = CreditNoteStatus(d.pop("status"))

        total_net = d.pop("total_net")

        total_gross = d.pop("total_gross")

        currency_code = d.pop("currency_code")

        quote = d.pop("quote")

        paid_amount = d.pop("paid_amount")

        open_amount = d.pop("open_amount")

        invoice_id = d.pop("invoice_id")

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        number = d.pop("number", UNSET)

        number_pre = d.pop("number_pre", UNSET)

        number_length = d.pop("number_length", UNSET)

        title = d.pop("title", UNSET)

        address = d.pop("address", UNSET)

        label = d.pop("label", UNSET)

        intro = d.pop("intro", UNSET)

        note = d.pop("note", UNSET)

        total_net_unreduced = d.pop("total_net_unreduced", UNSET)

        total_gross_unreduced = d.pop("total_gross_unreduced", UNSET)

        reduction = d.pop("reduction", UNSET)

        _net_gross = d.pop("net_gross", UNSET)
        net_gross: NetGross | Unset
        if isinstance(_net_gross, Unset):
            net_gross = UNSET
        else:
            net_gross = NetGross(_net_gross)

        free_text_id = d.pop("free_text_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        customerportal_url = d.pop("customerportal_url", UNSET)

        customfield = d.pop("customfield", UNSET)

        credit_note = cls(
            id=id,
            created=created,
            client_id=client_id,
            contact_id=contact_id,
            credit_note_number=credit_note_number,
            date=date,
            status=status,
            total_net=total_net,
            total_gross=total_gross,
            currency_code=currency_code,
            quote=quote,
            paid_amount=paid_amount,
            open_amount=open_amount,
            invoice_id=invoice_id,
            updated=updated,
            number=number,
            number_pre=number_pre,
            number_length=number_length,
            title=title,
            address=address,
            label=label,
            intro=intro,
            note=note,
            total_net_unreduced=total_net_unreduced,
            total_gross_unreduced=total_gross_unreduced,
            reduction=reduction,
            net_gross=net_gross,
            free_text_id=free_text_id,
            template_id=template_id,
            customerportal_url=customerportal_url,
            customfield=customfield,
        )

        credit_note.additional_properties = d
        return credit_note

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
