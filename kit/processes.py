"""A process in its own process group, waited for one way and always stopped with its group.

    with started(["node", "server.js"], ready=printed("listening on")) as server:
        ...  # ready: the process printed that line; stopped (with all it started) on exit

Readiness is one mechanism: a predicate on the process, polled until it holds, while the process
lives, within a timeout. Tests wait for any event the same way (`Process.wait_for`): a line in
the log, a process group gone, never a sleep. Servers of the kit say when they listen, so the
usual predicate is `printed(...)` on their output: unlike an answer on the port, it cannot come
from another server that took the port first. `accepts(host, port)` is for the one that prints
nothing (plain Prism below the info log level).

Output goes to temporary files, never pipes: a chatty process never blocks on a full pipe.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kit.spec import REPO

HOST = "127.0.0.1"
GRACE_S = 5.0  # between SIGTERM and SIGKILL
KEPT_BYTES = 1 << 20  # of each output, kept when stopped: a server's last words, not its whole log


def exit_on_sigterm() -> None:
    """A SIGTERM to this Python process ends it as Ctrl-C does: by an exception, so that every
    `with started(...)` stops what it started. By default Python dies at once, and the servers
    of a benchmark stay behind in their own process groups."""

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, leave)


def free_port(host: str = HOST) -> int:
    """A port nobody listens on now (someone may take it before you do: retry on "busy")."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class FailedToStart(RuntimeError):
    """The process exited, or did not get ready in time; the message ends with its output."""


class Process:
    """One process started in a new session (so its own process group): signals and `stop` go to
    everything it started. stdout and stderr go to files; `merge_stderr` puts both in one."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path = REPO,
        env: Mapping[str, str] | None = None,
        merge_stderr: bool = True,
    ) -> None:
        self.argv = list(argv)
        self._out = _log()
        self._err = None if merge_stderr else _log()
        # The end of what it wrote, kept when `stop` closes the files: a server says things as
        # it stops (what it held, why it failed).
        self._kept: tuple[str, str] | None = None
        self.process = subprocess.Popen(
            self.argv,
            cwd=cwd,
            env=None if env is None else dict(env),
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=subprocess.STDOUT if self._err is None else self._err,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def returncode(self) -> int | None:
        return self.process.poll()

    def output(self) -> str:
        """Everything it wrote to stdout so far (and stderr, when merged); after `stop`, the last
        KEPT_BYTES of it, up to its end."""
        return self._kept[0] if self._kept is not None else _read(self._out)

    def errors(self) -> str:
        """What it wrote to stderr so far ("" when merged into `output`)."""
        if self._kept is not None:
            return self._kept[1]
        return "" if self._err is None else _read(self._err)

    def alive(self) -> bool:
        return self.process.poll() is None

    def group_alive(self) -> bool:
        """Whether anything of its process group is still running (the leader is reaped first, so
        a finished leader does not count)."""
        self.process.poll()
        try:
            os.killpg(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # the group id was taken by someone else's processes
            return False
        return True

    def signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signum)

    def wait_until(self, ready: Callable[[Process], bool], timeout: float = 30) -> None:
        """Poll `ready(self)` until it holds; FailedToStart if the process exits first or it does
        not hold within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.alive():
                raise FailedToStart(
                    f"{self.argv[0]} exited ({self.process.returncode}):\n{self.output()}"
                )
            if ready(self):
                return
            if time.monotonic() > deadline:
                raise FailedToStart(f"{self.argv[0]} was not ready in {timeout}s:\n{self.output()}")
            time.sleep(0.05)

    def wait_for(
        self, event: Callable[[Process], bool], timeout: float = 60, *, after_exit: bool = False
    ) -> bool:
        """Whether `event(self)` came to hold: polled until it does, or until the process ends
        (its last output still counts), or with `after_exit` until it holds even after the
        process ended (what it left in its group ending, say). The timeout is a safety net
        against a hung test, never the measure: judge by the answer and what follows it."""
        deadline = time.monotonic() + timeout
        while not event(self):
            if not after_exit and not self.alive():
                return event(self)
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def wait(self, timeout: float | None = None) -> int | None:
        """The exit code, or None if it still runs after `timeout` seconds."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, grace: float = GRACE_S) -> None:
        """SIGTERM to the group; SIGKILL to what is left of it after `grace` seconds (at once
        when the leader is done before). Safe to call again, and on a process that already
        exited: what it left behind in its group still goes."""
        if self.alive():
            self.signal_group(signal.SIGTERM)
            self.wait(grace)
        elif self.group_alive():
            # Only what it left behind: not our children, so poll (an orphan that already died
            # may count until something reaps it; the grace bounds that).
            self.signal_group(signal.SIGTERM)
            deadline = time.monotonic() + grace
            while self.group_alive() and time.monotonic() < deadline:
                time.sleep(0.05)
        self.signal_group(signal.SIGKILL)
        self.process.wait()
        if self._kept is None:
            err = "" if self._err is None else _read(self._err, KEPT_BYTES)
            self._kept = (_read(self._out, KEPT_BYTES), err)
        self._out.close()
        if self._err is not None:
            self._err.close()


def _log() -> IO[bytes]:
    # Append mode: the child shares this file's offset, and every write of its goes to the end.
    return tempfile.TemporaryFile(mode="a+b")


def _read(file: IO[bytes], last: int | None = None) -> str:
    """The whole file, or its `last` bytes, read at its offsets (pread): the shared offset is
    never moved."""
    if file.closed:
        return ""
    fd = file.fileno()
    size = os.fstat(fd).st_size
    start = 0 if last is None else max(0, size - last)
    return os.pread(fd, size - start, start).decode(errors="replace")


def printed(text: str, count: int = 1) -> Callable[[Process], bool]:
    """Ready once `text` appears (`count` times) in the process's output, stderr's included."""
    return lambda process: (process.output() + process.errors()).count(text) >= count


def accepts(host: str, port: int) -> Callable[[Process], bool]:
    """Ready once the port accepts a TCP connection (for a server that says nothing)."""

    def check(_process: Process) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
            return True
        return False

    return check


@contextlib.contextmanager
def started(
    argv: Sequence[str],
    *,
    ready: Callable[[Process], bool] | None = None,
    timeout: float = 30,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    merge_stderr: bool = True,
    grace: float = GRACE_S,
) -> Iterator[Process]:
    """The process, started and (with `ready`) ready; stopped with its group on leaving, always."""
    process = Process(argv, cwd=cwd, env=env, merge_stderr=merge_stderr)
    try:
        if ready is not None:
            process.wait_until(ready, timeout)
        yield process
    finally:
        process.stop(grace)


@dataclass
class Finished:
    """A process run to its end (or its timeout) by `run`."""

    argv: list[str]
    returncode: int | None  # None: it timed out
    stdout: str
    stderr: str
    left_behind: bool  # its group still had processes after it exited

    def completed(self) -> subprocess.CompletedProcess[str]:
        """As subprocess.run would give it; a timed-out run counts as killed (-SIGKILL)."""
        code = -signal.SIGKILL if self.returncode is None else self.returncode
        return subprocess.CompletedProcess(self.argv, code, self.stdout, self.stderr)


def run(
    argv: Sequence[str],
    *,
    timeout: float,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    grace: float = GRACE_S,
) -> Finished:
    """Run to the end in its own process group, stdout and stderr apart; whatever of the group is
    still there at the end (on a timeout: everything) is stopped."""
    with started(argv, cwd=cwd, env=env, merge_stderr=False, grace=grace) as process:
        code = process.wait(timeout)
        left_behind = code is not None and process.group_alive()
        return Finished(process.argv, code, process.output(), process.errors(), left_behind)
