"""Walk the specs: every operation has a facade method, and that method uses the operation."""

from __future__ import annotations

import inspect

import pytest
from openapi_python_client.strings import snake_case

from billing_sdk.billomat._resources import CreditNotePayments, CreditNotes
from billing_sdk.crmcom import _auth
from billing_sdk.crmcom._payments import Payments
from billing_sdk.visma._background import BackgroundJobs
from billing_sdk.visma._invoices import CustomerInvoices
from billing_sdk.visma._payments import CustomerPayments
from tests._specs import all_operations

# operationId -> (facade method, what its code must mention to reach that operation)
FACADE: dict[str, tuple[object, str]] = {
    # Visma CustomerPayment
    "customerPaymentGetAllPayments": (CustomerPayments.get_page, "_LIST"),
    "customerPaymentGetBypaymentNumber": (CustomerPayments.get, "_GET"),
    # (create looks for the caller's reference first, then sends through _create)
    "customerPaymentCreatePayment": (CustomerPayments._create, "_CREATE"),
    "customerPaymentPutBypaymentNumber": (CustomerPayments, "_put_op = _PUT"),
    "customerPaymentReleasePaymentBypaymentNumber": (CustomerPayments.release, "_RELEASE"),
    "customerPaymentVoidPaymentBypaymentNumber": (CustomerPayments.void, "_VOID"),
    # Visma CustomerInvoice (+ v2 create)
    "customerInvoiceGetAll": (CustomerInvoices.get_page, "_LIST"),
    "customerInvoiceGetByinvoiceNumber": (CustomerInvoices.get, "_GET"),
    "customerInvoiceUpdateByinvoiceNumber": (CustomerInvoices, "_put_op = _PUT"),
    "customerInvoiceDeleteByinvoiceNumber": (CustomerInvoices.delete, "_DELETE"),
    "customerInvoiceGetRotRutByrefNbr": (CustomerInvoices.rot_rut, "_ROTRUT"),
    "customerInvoicePrintInvoiceByrefNbr": (CustomerInvoices.print, "_PRINT"),
    "customerInvoiceGetWorkTypes": (CustomerInvoices.work_types, "_WORK_TYPES"),
    "customerInvoiceCreate": (CustomerInvoices.create_v1, "_CREATE_V1"),
    "customerInvoiceV2Create": (CustomerInvoices.create, "_CREATE_V2"),
    "customerInvoiceCreateHeaderAttachmentByinvoiceNumber": (
        CustomerInvoices.add_attachment,
        "_ATTACH.",
    ),
    "customerInvoiceCreateLineAttachmentByinvoiceNumberlineNumber": (
        CustomerInvoices.add_attachment,
        "_ATTACH_LINE.",
    ),
    "customerInvoiceReleaseInvoiceByinvoiceNumber": (CustomerInvoices.release, "_RELEASE"),
    "customerInvoiceSendToAutoInvoiceByinvoiceNumber": (
        CustomerInvoices.send_to_auto_invoice,
        "_AUTO",
    ),
    "customerInvoiceCorrectInvoiceByinvoiceNumber": (CustomerInvoices.correct, "_CORRECT"),
    "customerInvoiceReverseInvoiceByinvoiceNumber": (CustomerInvoices.reverse, "_REVERSE,"),
    "customerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumber": (
        CustomerInvoices.reverse_and_apply_to_note,
        "_REVERSE_APPLY",
    ),
    # Visma Background
    "backgroundGetState": (BackgroundJobs.state, "status()"),
    "backgroundGetContent": (BackgroundJobs.content, "result()"),
    # CRM.COM: the session logs in, re-logs in and releases; the rest are resource methods
    "authenticationToken": (_auth.CrmComSession._post_login, "/authentication/token"),
    "authenticationTokenRelease": (_auth.CrmComSession.release, "/authentication/token/release"),
    "authenticationWebApiKeyToken": (
        _auth.CrmComSession._post_login,
        "/authentication/web_api_key/token",
    ),
    "paymentsShow": (Payments.show, "payments_show"),
    "paymentsList": (Payments.list, "payments_list"),
    "paymentsGetLatest": (Payments.get_latest, "payments_get_latest"),
    "paymentsCreate": (Payments._create, "payments_create"),
    "paymentsUpdate": (Payments.update, "payments_update"),
    "paymentsPost": (Payments.post, "payments_post"),
    "paymentsReject": (Payments.reject, "payments_reject"),
    "paymentsCancel": (Payments.cancel, "payments_cancel"),
    "paymentsPayBill": (Payments.pay_bill, "payments_pay_bill"),
    "paymentsPayInvoice": (Payments.pay_invoice, "payments_pay_invoice"),
    "paymentsConfigurationRejectionReasonsList": (
        Payments.rejection_reasons,
        "payments_configuration_rejection_reasons_list",
    ),
    # Billomat
    # (list and get read their operations from the record kind's table row, checked below)
    "listCreditNotePayments": (CreditNotePayments.list, "_PAYMENTS"),
    "getCreditNotePayment": (CreditNotePayments.get, "_PAYMENTS"),
    "createCreditNotePayment": (CreditNotePayments._book, "create_credit_note_payment"),
    "deleteCreditNotePayment": (CreditNotePayments.delete, "delete_credit_note_payment"),
    "listCreditNotes": (CreditNotes.list, "_CREDIT_NOTES"),
    "getCreditNote": (CreditNotes.get, "_CREDIT_NOTES"),
}


def test_every_spec_operation_has_a_facade_method() -> None:
    spec_ids = {op.operation_id for op in all_operations()}
    assert spec_ids - set(FACADE) == set(), "operations without a facade method"
    assert set(FACADE) - spec_ids == set(), "facade map names operations the specs lack"


@pytest.mark.parametrize("operation_id", sorted(FACADE))
def test_the_facade_method_reaches_its_operation(operation_id: str) -> None:
    method, marker = FACADE[operation_id]
    source = inspect.getsource(method)  # type: ignore[arg-type]
    assert marker in source, f"{operation_id}: {marker!r} not used by the facade method"


def test_module_level_operation_aliases_point_at_the_right_generated_modules() -> None:
    import billing_sdk.visma._invoice_actions as actions
    import billing_sdk.visma._invoices as invoices
    import billing_sdk.visma._payments as payments
    from billing_sdk.visma._operations import OPERATIONS, Operation

    ids = {snake_case(op.operation_id) for op in all_operations()}
    aliases = 0
    for module in (payments, invoices, actions):
        for name, value in vars(module).items():
            if name.isupper() and name.startswith("_") and isinstance(value, Operation):
                assert OPERATIONS[value.name] is value, f"{module.__name__}.{name}"
                aliases += 1
    assert aliases == len(OPERATIONS)  # every row is sent by a resource
    for op in OPERATIONS.values():
        op_module = op.module.__name__.rsplit(".", 1)[1]
        assert op_module in ids, f"{op.name} -> {op_module}"


def test_billomat_record_kinds_name_their_own_operations() -> None:
    from billing_sdk.billomat import _generated as g
    from billing_sdk.billomat import _resources as resources

    payments, notes = resources._PAYMENTS, resources._CREDIT_NOTES
    assert (payments.list_op, payments.get_op) == (
        g.list_credit_note_payments,
        g.get_credit_note_payment,
    )
    assert (notes.list_op, notes.get_op) == (g.list_credit_notes, g.get_credit_note)
    assert payments.envelope is g.CreditNotePaymentEnvelope
    assert notes.envelope is g.CreditNoteEnvelope
