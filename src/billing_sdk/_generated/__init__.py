"""The generated low-level clients, one subpackage per spec in ``openapi/``.

``visma_erp_api``, ``crmcom_payments_api`` and ``billomat_api`` are written by ``make
generate`` (``tools/codegen.py``: openapi-python-client 0.29.1 with the templates in
``tools/codegen_templates/``) and never edited by hand; ``make check-generated`` fails when
they differ from what the specs produce. They import each other's modules relatively, so they
live here, inside ``billing_sdk``, rather than as top-level packages. Private: the vendor
packages (``billing_sdk.visma`` ...) re-export what a user needs.
"""
