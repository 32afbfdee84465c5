"""A client library for accessing Visma.net ERP API (CustomerPayment, CustomerInvoice, Background)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
