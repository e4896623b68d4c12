"""Contract tests: schemathesis against the mock (in `make test`) and against a live server
(`make contract-live`), with the guard gateway that keeps a live run from texting strangers or
leaking secrets, and the local servers that prove the suite catches violations."""

from kit.spec import BUNDLE as SPEC  # the bundle: what every run reads
from kit.spec import REPO

__all__ = ["REPO", "SPEC"]
