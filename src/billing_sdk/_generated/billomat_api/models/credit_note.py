from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_status import CreditNoteStatus
from ..models.net_gross import NetGross
from ..types import DecimalLimits, decimal_from_json, open_enum, wire_keys

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
        status (CreditNoteStatus | str): Status of a credit note. Created as DRAFT; complete → OPEN; payment with
            mark_credit_note_as_paid → PAID; cancel → CANCELED; uncancel → OPEN.
        total_net (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17", "1");
            `format: decimal`: read as an exact decimal.
        total_gross (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17",
            "1"); `format: decimal`: read as an exact decimal.
        currency_code (str): Currency (ISO 4217).
        quote (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17", "1");
            `format: decimal`: read as an exact decimal.
        paid_amount (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17",
            "1"); `format: decimal`: read as an exact decimal.
        open_amount (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17",
            "1"); `format: decimal`: read as an exact decimal.
        invoice_id (str): A Billomat ID as a JSON string, or `""` when not set.
        updated (datetime.datetime | None): Server timestamp of the last change (ISO 8601 with offset).
        number (str | None): Running number (`""` while not assigned).
        number_pre (str | None): Number prefix.
        number_length (str | None): Minimum length of the number (zero-padded).
        title (str | None): Document title.
        address (str | None): Complete address.
        label (str | None):
        intro (str | None):
        note (str | None):
        total_net_unreduced (Decimal | None): A decimal number serialised as a JSON string in plain notation (e.g.
            "12.34", "-17", "1"); `format: decimal`: read as an exact decimal.
        total_gross_unreduced (Decimal | None): A decimal number serialised as a JSON string in plain notation (e.g.
            "12.34", "-17", "1"); `format: decimal`: read as an exact decimal.
        reduction (str | None): Reduction, absolute or percent ("10" / "10%"), `""` when none.
        net_gross (NetGross | str | None): Price basis of a document.
        free_text_id (str | None): A Billomat ID as a JSON string, or `""` when not set.
        template_id (str | None): A Billomat ID as a JSON string, or `""` when not set.
        customerportal_url (str | None): Link to the document in the customer portal.
        customfield (str | None): Free per-object metadata (`""` when empty).
    """

    id: str
    created: datetime.datetime
    client_id: str
    contact_id: str
    credit_note_number: str
    date: datetime.date
    status: CreditNoteStatus | str
    total_net: Decimal
    total_gross: Decimal
    currency_code: str
    quote: Decimal
    paid_amount: Decimal
    open_amount: Decimal
    invoice_id: str
    updated: datetime.datetime | None = None
    number: str | None = None
    number_pre: str | None = None
    number_length: str | None = None
    title: str | None = None
    address: str | None = None
    label: str | None = None
    intro: str | None = None
    note: str | None = None
    total_net_unreduced: Decimal | None = None
    total_gross_unreduced: Decimal | None = None
    reduction: str | None = None
    net_gross: NetGross | str | None = None
    free_text_id: str | None = None
    template_id: str | None = None
    customerportal_url: str | None = None
    customfield: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "created": "created",
        "client_id": "client_id",
        "contact_id": "contact_id",
        "credit_note_number": "credit_note_number",
        "date": "date",
        "status": "status",
        "total_net": "total_net",
        "total_gross": "total_gross",
        "currency_code": "currency_code",
        "quote": "quote",
        "paid_amount": "paid_amount",
        "open_amount": "open_amount",
        "invoice_id": "invoice_id",
        "updated": "updated",
        "number": "number",
        "number_pre": "number_pre",
        "number_length": "number_length",
        "title": "title",
        "address": "address",
        "label": "label",
        "intro": "intro",
        "note": "note",
        "total_net_unreduced": "total_net_unreduced",
        "total_gross_unreduced": "total_gross_unreduced",
        "reduction": "reduction",
        "net_gross": "net_gross",
        "free_text_id": "free_text_id",
        "template_id": "template_id",
        "customerportal_url": "customerportal_url",
        "customfield": "customfield",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "total_net": DecimalLimits(),
        "total_gross": DecimalLimits(),
        "quote": DecimalLimits(),
        "paid_amount": DecimalLimits(),
        "open_amount": DecimalLimits(),
        "total_net_unreduced": DecimalLimits(),
        "total_gross_unreduced": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        client_id = self.client_id

        contact_id = self.contact_id

        credit_note_number = self.credit_note_number

        date = self.date.isoformat()

        status = str(self.status)

        total_net = format(self.total_net, "f")

        total_gross = format(self.total_gross, "f")

        currency_code = self.currency_code

        quote = format(self.quote, "f")

        paid_amount = format(self.paid_amount, "f")

        open_amount = format(self.open_amount, "f")

        invoice_id = self.invoice_id

        updated: str | None = None
        if self.updated is not None:
            updated = self.updated.isoformat()

        number = self.number

        number_pre = self.number_pre

        number_length = self.number_length

        title = self.title

        address = self.address

        label = self.label

        intro = self.intro

        note = self.note

        total_net_unreduced: str | None = None
        if self.total_net_unreduced is not None:
            total_net_unreduced = format(self.total_net_unreduced, "f")

        total_gross_unreduced: str | None = None
        if self.total_gross_unreduced is not None:
            total_gross_unreduced = format(self.total_gross_unreduced, "f")

        reduction = self.reduction

        net_gross: str | None = None
        if self.net_gross is not None:
            net_gross = str(self.net_gross)

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
        if updated is not None:
            field_dict["updated"] = updated
        if number is not None:
            field_dict["number"] = number
        if number_pre is not None:
            field_dict["number_pre"] = number_pre
        if number_length is not None:
            field_dict["number_length"] = number_length
        if title is not None:
            field_dict["title"] = title
        if address is not None:
            field_dict["address"] = address
        if label is not None:
            field_dict["label"] = label
        if intro is not None:
            field_dict["intro"] = intro
        if note is not None:
            field_dict["note"] = note
        if total_net_unreduced is not None:
            field_dict["total_net_unreduced"] = total_net_unreduced
        if total_gross_unreduced is not None:
            field_dict["total_gross_unreduced"] = total_gross_unreduced
        if reduction is not None:
            field_dict["reduction"] = reduction
        if net_gross is not None:
            field_dict["net_gross"] = net_gross
        if free_text_id is not None:
            field_dict["free_text_id"] = free_text_id
        if template_id is not None:
            field_dict["template_id"] = template_id
        if customerportal_url is not None:
            field_dict["customerportal_url"] = customerportal_url
        if customfield is not None:
            field_dict["customfield"] = customfield

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNote: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        client_id = d.pop("client_id")

        contact_id = d.pop("contact_id")

        credit_note_number = d.pop("credit_note_number")

        date = datetime.date.fromisoformat(d.pop("date"))

        status = open_enum(CreditNoteStatus, d.pop("status"), "CreditNote.status")

        total_net = decimal_from_json(d.pop("total_net"))

        total_gross = decimal_from_json(d.pop("total_gross"))

        currency_code = d.pop("currency_code")

        quote = decimal_from_json(d.pop("quote"))

        paid_amount = decimal_from_json(d.pop("paid_amount"))

        open_amount = decimal_from_json(d.pop("open_amount"))

        invoice_id = d.pop("invoice_id")

        _updated = d.pop("updated", None)
        updated: datetime.datetime | None
        if _updated is None or _updated == "":
            updated = None
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        number = d.pop("number", None)

        number_pre = d.pop("number_pre", None)

        number_length = d.pop("number_length", None)

        title = d.pop("title", None)

        address = d.pop("address", None)

        label = d.pop("label", None)

        intro = d.pop("intro", None)

        note = d.pop("note", None)

        _total_net_unreduced = d.pop("total_net_unreduced", None)
        total_net_unreduced: Decimal | None
        if (
            _total_net_unreduced is None
            or _total_net_unreduced.__class__ is str
            and not _total_net_unreduced
        ):
            total_net_unreduced = None
        else:
            total_net_unreduced = decimal_from_json(_total_net_unreduced)

        _total_gross_unreduced = d.pop("total_gross_unreduced", None)
        total_gross_unreduced: Decimal | None
        if (
            _total_gross_unreduced is None
            or _total_gross_unreduced.__class__ is str
            and not _total_gross_unreduced
        ):
            total_gross_unreduced = None
        else:
            total_gross_unreduced = decimal_from_json(_total_gross_unreduced)

        reduction = d.pop("reduction", None)

        _net_gross = d.pop("net_gross", None)
        net_gross: NetGross | str | None
        if _net_gross is None:
            net_gross = None
        else:
            net_gross = open_enum(NetGross, _net_gross, "CreditNote.net_gross")

        free_text_id = d.pop("free_text_id", None)

        template_id = d.pop("template_id", None)

        customerportal_url = d.pop("customerportal_url", None)

        customfield = d.pop("customfield", None)

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
        credit_note._wire_keys = keys_seen

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
