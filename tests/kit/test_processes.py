"""kit.processes' one way to wait for an event: `Process.wait_for` ends when the event holds or
the process ends, judged by what the process itself wrote, never by how long it took."""

from __future__ import annotations

import sys

from kit.processes import printed, started


def test_wait_for_ends_on_the_line_and_on_the_processs_end() -> None:
    with started([sys.executable, "-c", "print('one', flush=True); print('two')"]) as quick:
        assert quick.wait_for(printed("two"))
        assert quick.wait_for(printed("one\n", count=1))
        # Broken input: a line it never prints. Its end, not a timeout, gives the answer.
        assert not quick.wait_for(printed("three"), timeout=600)
        assert quick.wait_for(lambda p: not p.alive())


def test_with_after_exit_it_waits_past_the_processs_end() -> None:
    with started([sys.executable, "-c", "pass"]) as gone:
        assert gone.wait_for(lambda p: not p.alive())
        seen: list[int] = []

        def third_look(_process: object) -> bool:
            seen.append(1)
            return len(seen) >= 3

        assert gone.wait_for(third_look, after_exit=True)
        assert len(seen) == 3  # polled on after the end until the event held
        assert not gone.wait_for(lambda p: False, timeout=0)


def test_printed_counts_stderr_and_repeats() -> None:
    code = "import sys; print('x', file=sys.stderr); print('x'); print('x', flush=True)"
    with started([sys.executable, "-c", code], merge_stderr=False) as both:
        assert both.wait_for(lambda p: not p.alive())
        assert printed("x", count=3)(both)
        assert not printed("x", count=4)(both)
