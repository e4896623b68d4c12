"""Contract tests: schemathesis against the mock (in `make test`) and against a live server
(`make contract-live`), with the guard gateway that keeps a live run from texting strangers or
leaking secrets, and the local servers that prove the suite catches violations."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi" / "bundled" / "ippanel.yaml"  # the bundle: what every run reads
