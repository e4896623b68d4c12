"""A stopped mock's last words stay readable: it says as it stops how many keys and answers by
bytes its fast path held, and `make soak` judges the bounds by that line (read after the stop
closed its output)."""

import httpx

from bench.soak import HELD
from mock.launcher import running_mock
from tests.mock.mock_spec import AUTH

ACCEPTS = ["application/json", "*/*"]  # two keys for the fast path: Accept is part of its key


def test_the_keys_the_fast_path_held_are_read_after_the_mock_stopped() -> None:
    with running_mock() as mock:
        with httpx.Client(base_url=mock.url, timeout=5) as client:
            for accept in ACCEPTS * 2:  # each key twice: a repeat adds none
                headers = {**AUTH, "Accept": accept}
                answer = client.post("/api/acl/auth/check_token", headers=headers)
                assert answer.status_code == 200
        mock.stop()
        held = HELD.search(mock.output())
    assert held is not None, mock.output()[-500:]
    assert int(held.group(1)) == len(ACCEPTS) <= int(held.group(2))
    # the repeats were answered from memory, and kept by their bytes
    assert int(held.group(3)) == len(ACCEPTS) <= int(held.group(4))
