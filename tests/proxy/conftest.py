"""The proxy's tests call it with the committed generated client too, as an app would."""

from __future__ import annotations

import sys

from tests.client.generation import PROJECT

if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))
