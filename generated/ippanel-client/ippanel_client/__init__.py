"""A client library for accessing IPPanel API"""

from .client import VERSION as __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__version__",
)
