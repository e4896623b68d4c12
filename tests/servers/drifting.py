"""A test IPPanel server that answers unlike the documentation, in every way `make learn` learns
from (DRIFTS), and with personal data and the real API key in its answers. It is the faithful test
server (contract_tests/servers/ippanel.py) with its successful answers of six operations altered.

    python -m tests.servers.drifting --port P --token T --log FILE
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kit.processes import free_port, printed, started
from tests.servers import Server
from tests.servers.ippanel import State, arguments, handler, meta_error, serve

# operationId -> how its successful answer drifts from the documentation.
DRIFTS = {
    "checkToken": "data.user_id a numeric string; undeclared fields carrying personal data",
    "getMyCredit": "the required data.gift_expires_at left out",
    "listNumbers": "gets = 2 (not in its enum); an undeclared label, null or a number",
    "listUserDocuments": "403 with the error envelope (undocumented), a mobile and an email in it",
    "listJobCategories": "text/plain (an undocumented content type)",
    "listBankProvinces": "503 (a server error: reported, never learned)",
}
# Personal data the answers carry; none of it may reach a report, an overlay or the spec.
MOBILES = ["+989121234567", "00989121234567", "09121234567", "9121234567", "۰۹۱۲۱۲۳۴۵۶۷"]
EMAIL = "ali.rezaei@mail.ir"
NATIONAL_CODE = "0499370899"
CARD = "6037-9975-1234-5678"
IBAN = "IR820540102680020817909002"
PERSONAL = [*MOBILES, EMAIL, NATIONAL_CODE, CARD, IBAN]


def drift(op_id: str, token: str, body: Any) -> tuple[int, Any, str]:
    """The drifted answer (status, body, content type) for a documented successful `body`."""
    if op_id == "checkToken":
        body["data"]["user_id"] = str(body["data"]["user_id"])
        body["data"].update(
            mobile=MOBILES[0],
            phone=MOBILES[1],
            other_numbers=MOBILES[2:],
            email=EMAIL,
            national_code=NATIONAL_CODE,
            card_number=CARD,
            iban=IBAN,
            session_token=token,
        )
    elif op_id == "getMyCredit":
        del body["data"]["gift_expires_at"]
    elif op_id == "listNumbers":
        body["data"][0]["gets"] = 2
        for i, item in enumerate(body["data"]):
            item["label"] = None if i % 2 else i
    elif op_id == "listUserDocuments":
        said = f"حساب {MOBILES[2]} ({EMAIL}) تایید نشده است"
        return 403, {"data": None, "meta": meta_error(said, "403-1", {})}, "application/json"
    elif op_id == "listJobCategories":
        return 200, "categories: 1, 2, 3", "text/plain"
    elif op_id == "listBankProvinces":
        return (
            503,
            {"data": None, "meta": meta_error("unavailable", "503-1", {})},
            "application/json",
        )
    return 200, body, "application/json"


def drifting_handler(state: State) -> type:
    faithful = handler(state)

    class Drifting(faithful):  # type: ignore[valid-type, misc]
        def reply(
            self,
            status: int,
            body: dict[str, Any] | None,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
        ) -> None:
            path = self.api_path()
            found = state.spec.find(path) if path else None
            operation = found[0].get(self.command) if found else None
            if status == 200 and operation and operation["operationId"] in DRIFTS:
                status, changed, content_type = drift(
                    operation["operationId"], state.args.token, body
                )
                if isinstance(changed, str):
                    payload = changed.encode()
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                body = changed
            super().reply(status, body, content_type, headers)

    return Drifting


@contextlib.contextmanager
def running_drifting(
    log: Path,
    token: str = "qa-api-key-0123456789abcdefghijklmnop",
    prefix: str = "",
    log_answers: bool = False,
) -> Iterator[Server]:
    """`prefix`: served as production is, the v1 operations under it (see ippanel.py)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable,
        "-m",
        "tests.servers.drifting",
        "--port",
        str(port),
        "--token",
        token,
        "--username",
        "your-username",
        "--password",
        "qa-password-s3cr3t!",
    ]
    cmd += ["--log", str(log), *(["--prefix", prefix] if prefix else [])]
    cmd += ["--log-answers"] if log_answers else []
    with started(cmd, ready=printed(f"listening on {url}"), timeout=20):
        yield Server(url + prefix, token, "your-username", "qa-password-s3cr3t!", log)


def main() -> None:
    args = arguments().parse_args()
    serve(args, drifting_handler)


if __name__ == "__main__":
    main()
