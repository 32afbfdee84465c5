"""The seeded company: a small German wholesaler with six clients and twelve credit notes.

Demo-relevant facts (ids are stable across resets):

* Credit notes 1, 2, 3, 8, 10 and 12 are OPEN with large open amounts; 1 is what the spec's
  examples use (``credit_note_id: "1"``).
* Credit note 1 has two payments, 2 has exactly one (the single-object list quirk), 3 and 10
  have none (the absent-key quirk), 8 has three (one without a type).
* 4, 5 and 11 are PAID; 6 and 9 are DRAFT (no number yet); 7 is CANCELED.
* Payments 1-10 span the types CREDIT_NOTE, BANK_TRANSFER, DEBIT, CASH, PAYPAL, CREDIT_CARD,
  MISC and ``""``, and the users 1 (the API key's owner) and 2.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from billing_sdk.sandbox._billomat._model import ACCOUNT_TZ, Client, CreditNote, Payment

#: The user the sandbox API key belongs to; new payments are booked by this user.
API_USER_ID = 1

_CLIENTS = (
    Client(485051, "KD-1001", "Müller & Söhne GmbH", "Friedrichstraße 12", "10117", "Berlin"),
    Client(485052, "KD-1002", "Bäckerei Schmidt", "Mönckebergstraße 7", "20095", "Hamburg"),
    Client(485053, "KD-1003", "Nordlicht Software AG", "Holstenstraße 88", "24103", "Kiel"),
    Client(485054, "KD-1004", "Weber Logistik KG", "Landsberger Straße 301", "80687", "München"),
    Client(485055, "KD-1005", "Café Fischer", "Ehrenstraße 41", "50672", "Köln"),
    Client(485056, "KD-1006", "Hoffmann Architekten", "Königstraße 26", "70173", "Stuttgart"),
)

_INTRO = "Wir schreiben Ihnen folgende Positionen gut:"
_NOTE = "Der Betrag wird Ihrem Konto innerhalb von 14 Tagen gutgeschrieben."

# id, client, contact, number, status, date, net, gross, label, invoice, tags, articles
# fmt: off
_NOTES: tuple[
    tuple[
        int,
        int,
        int | None,
        int | None,
        str,
        str,
        str,
        str,
        str,
        int | None,
        tuple[str, ...],
        tuple[int, ...],
    ],
    ...,
] = (
    (1, 485051, 20011, 1001, "OPEN", "2025-02-03", "21000", "24990", "Retoure Lieferung 4711",
     1322701, ("retoure",), (5001, 5002)),
    (2, 485052, None, 1002, "OPEN", "2025-03-04", "7000", "8330", "Bonus Jahresumsatz 2024",
     None, ("bonus",), (5010,)),
    (3, 485053, 20031, 1003, "OPEN", "2025-03-18", "10500", "12495", "Wartungsvertrag Q1",
     1322715, ("kulanz",), (5020,)),
    (4, 485054, None, 1004, "PAID", "2024-03-01", "10.37", "12.34", "Versandkosten",
     1322705, (), (5030,)),
    (5, 485055, 20051, 1005, "PAID", "2025-03-28", "500", "595", "Fehllieferung Kaffeebohnen",
     1322720, ("retoure",), (5040, 5041)),
    (6, 485056, None, None, "DRAFT", "2025-10-01", "1000", "1190", "Planänderung Neubau",
     None, (), (5050,)),
    (7, 485051, 20011, 1006, "CANCELED", "2025-04-15", "400", "476", "Doppelt erfasst",
     1322731, (), (5001,)),
    (8, 485052, None, 1007, "OPEN", "2025-05-27", "42000", "49980", "Rahmenvertrag Rückvergütung",
     1322740, ("retoure", "rabatt"), (5010, 5011)),
    (9, 485053, None, None, "DRAFT", "2025-10-20", "200", "238", "Lizenzgutschrift",
     None, (), (5021,)),
    (10, 485054, 20041, 1008, "OPEN", "2025-08-12", "84000", "99960", "Schadensersatz Lager",
     1322755, ("kulanz",), (5030, 5031)),
    (11, 485055, None, 1009, "PAID", "2025-09-01", "1500", "1785", "Rückgabe Espressomaschine",
     1322760, ("retoure",), (5042,)),
    (12, 485056, None, 1010, "OPEN", "2025-10-06", "3000", "3000", "Honorarkorrektur (export)",
     1322770, ("export",), (5051,)),
)
# fmt: on

# id, credit note, user, date, amount, type, comment, transaction purpose
_PAYMENTS = (
    (1, 1, 1, "2025-02-14", "1500.00", "BANK_TRANSFER", "Teilerstattung Retoure", "GS1001 Teil 1"),
    (2, 1, 2, "2025-02-20", "250.00", "CASH", "Barauszahlung im Laden", ""),
    (3, 2, 1, "2025-03-10", "400.00", "PAYPAL", "PayPal-Rückzahlung", "GS1002"),
    (4, 4, 1, "2024-03-05", "12.34", "BANK_TRANSFER", "via bank transfer", ""),
    (5, 5, 2, "2025-04-02", "300.00", "CREDIT_NOTE", "Verrechnet mit RE-2025-0417", ""),
    (6, 5, 1, "2025-04-09", "295.00", "MISC", "Restbetrag verrechnet", ""),
    (7, 8, 2, "2025-06-03", "1000.00", "DEBIT", "Lastschrift-Rückbuchung", "GS1007 Rate 1"),
    (8, 8, 1, "2025-06-17", "250.00", "CREDIT_CARD", "Gutschrift auf Kreditkarte", ""),
    (9, 8, 1, "2025-07-01", "100.00", "", "", ""),
    (10, 11, 2, "2025-09-15", "1785.00", "CASH", "Vollständig ausgezahlt", ""),
)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 12), ACCOUNT_TZ)


def seed_company(
    billomat_id: str,
) -> tuple[dict[int, Client], dict[int, CreditNote], dict[int, Payment]]:
    """Fresh seeded clients, credit notes and payments (new objects on every call)."""
    clients = {c.id: Client(**vars(c)) for c in _CLIENTS}
    notes: dict[int, CreditNote] = {}
    for nid, cid, contact, number, status, day, net, gross, label, inv, tags, arts in _NOTES:
        date = dt.date.fromisoformat(day)
        usd = label.endswith("(export)")
        notes[nid] = CreditNote(
            id=nid,
            created=_at(date, 9),
            updated=_at(date, 9),
            client_id=cid,
            contact_id=contact,
            number=number,
            title=f"Gutschrift GS{number}" if number is not None else "Gutschrift",
            date=date,
            address=clients[cid].address,
            status=status,
            total_net=Decimal(net),
            total_gross=Decimal(gross),
            currency_code="USD" if usd else "EUR",
            quote=Decimal("1.0842") if usd else Decimal(1),
            label=label,
            intro=_INTRO,
            note="Steuerfreie Ausfuhr." if usd else _NOTE,
            invoice_id=inv,
            customerportal_url=(
                f"https://{billomat_id}.billomat.net/customerportal/credit-notes/{nid}"
                if number is not None
                else ""
            ),
            tags=tags,
            article_ids=arts,
        )
    payments: dict[int, Payment] = {}
    for pid, nid, user, day, amount, ptype, comment, purpose in _PAYMENTS:
        date = dt.date.fromisoformat(day)
        note = notes[nid]
        payments[pid] = Payment(
            id=pid,
            created=_at(date, 11),
            credit_note_id=nid,
            user_id=user,
            date=date,
            amount=Decimal(amount),
            comment=comment,
            transaction_purpose=purpose,
            type=ptype,
            currency_code=note.currency_code,
            quote=note.quote,
        )
        note.paid_amount += Decimal(amount)
        note.updated = max(note.updated, _at(date, 11))
    return clients, notes, payments
