"""The recording is bounded: PROXY_RECORD_EACH exchanges per operation and status, and beyond
that only an exchange that shows a difference not recorded yet; PROXY_RECORD=0 records nothing.
Judged by the HAR file itself, read as `make learn` reads it (learn/har.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from kit.spec import example
from learn import har
from proxy.launcher import running_proxy
from tests.servers import running_server


def recorded(reports: Path) -> Counter[tuple[str, str, int]]:
    return Counter((e.method, e.path, e.status) for e in har.read(reports / "traffic.har"))


def test_each_operation_and_status_is_recorded_so_many_times(tmp_path: Path) -> None:
    without_message = {k: v for k, v in example("SendNormal").items() if k != "message"}
    with running_server(tmp_path / "log", prefix="/v1") as server:
        auth = {"Authorization": server.token}
        with running_proxy(server.url, tmp_path / "reports", PROXY_RECORD_EACH="2") as proxy:

            def send(body: dict[str, Any]) -> int:
                return httpx.post(f"{proxy.url}/api/send", json=body, headers=auth).status_code

            for _ in range(4):
                assert httpx.get(f"{proxy.url}/api/payment/credit/mine", headers=auth).is_success
            assert [send(without_message) for _ in range(3)] == [422] * 3
            # A difference not recorded yet (a sender that is not a string): recorded too, once.
            strays = [send({**without_message, "from_number": 983000505}) for _ in range(2)]
            assert strays == [422, 422]
            summary = proxy.drift()
            proxy.stop()
    assert summary["operations"]["getMyCredit"]["calls"] == 4
    assert recorded(tmp_path / "reports") == {
        ("GET", "/v1/api/payment/credit/mine", 200): 2,
        ("POST", "/v1/api/send", 422): 3,
    }


def test_no_recording_when_turned_off(tmp_path: Path) -> None:
    with running_server(tmp_path / "log", prefix="/v1") as server:
        with running_proxy(server.url, tmp_path / "reports", PROXY_RECORD="0") as proxy:
            auth = {"Authorization": server.token}
            assert httpx.get(f"{proxy.url}/api/payment/credit/mine", headers=auth).is_success
            proxy.stop()
    assert {p.name for p in (tmp_path / "reports").iterdir()} == {"drift.md", "drift.json"}
