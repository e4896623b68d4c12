"""QA's live run, through the proxy, against a server that answers unlike the docs (on a scratch
copy of the kit): `make learn` on the proxy's recording proposes the same spec changes as on the
live run's own, and nothing under the proxy's reports holds a token or personal datum."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kit.spec import load_yaml
from proxy.launcher import running_proxy
from tests.learn.conftest import QUICK, make_in, scratch_tree
from tests.servers.drifting import PERSONAL, running_drifting


def proposals(overlay: Path) -> list[Any]:
    """The overlay's actions, examples left out: an example is a scrubbed value, and the live
    run's recording holds the gateway's stand-in for the key where the proxy's has the key's
    shape."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "examples"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    actions: list[Any] = strip(load_yaml(overlay)["actions"])
    return actions


def test_the_recording_teaches_what_the_live_run_teaches(tmp_path: Path) -> None:
    tree = scratch_tree(tmp_path / "tree")
    make = make_in(tree)
    reports = tmp_path / "proxy"
    with running_drifting(tmp_path / "log", prefix="/v1") as server:
        with running_proxy(server.url, reports) as proxy:
            env = {"IPPANEL_BASE_URL": proxy.url, "IPPANEL_TOKEN": server.token, **QUICK}
            live = make("contract-live", **env)
            assert live.returncode != 0, live.stdout  # the server drifts: the run fails
    from_proxy = make("learn", LEARN_FROM=str(reports))
    assert from_proxy.returncode == 0, from_proxy.stdout + from_proxy.stderr
    (tree / "reports" / "learn").rename(tmp_path / "learned-from-proxy")
    from_live = make("learn")  # the live run's own recording, reports/contract-live/har.json
    assert from_live.returncode == 0, from_live.stdout + from_live.stderr

    ours = proposals(tmp_path / "learned-from-proxy" / "overlay.yaml")
    theirs = proposals(tree / "reports" / "learn" / "overlay.yaml")
    assert ours == theirs
    assert len(ours) >= 15  # the drifting server's six operations (reports/learn: 15 differences)

    # The live run's recording holds the server's personal data; the proxy's reports do not.
    raw = (tree / "reports" / "contract-live" / "har.json").read_text(encoding="utf-8")
    assert any(p in raw or p.encode("unicode_escape").decode() in raw for p in PERSONAL)
    for path in reports.iterdir():
        text = path.read_text(encoding="utf-8")
        for datum in [*PERSONAL, server.token]:
            escaped = datum.encode("ascii", "backslashreplace").decode()
            assert datum not in text and escaped not in text, (datum, path.name)
