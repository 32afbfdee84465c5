"""A client library for accessing CRM.COM Web API v2: Payments"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
