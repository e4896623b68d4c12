"""Each exchange, checked by learn's one checker (learn/checker.py) both ways, counted in the
drift summary, said in one log line when it breaks the contract, and recorded (bounded, scrubbed)
for `make learn`. A check's outcome depends only on the exchange's bytes and the spec, so it is
kept by a digest of them: an app repeats the same calls all day."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from learn.checker import Checker, Difference, Found
from learn.places import Operation
from learn.sanitize import Sanitizer, secrets_of
from proxy.drift import Drift
from proxy.recording import Recording, Traffic

KEPT_CHECKS = 4096  # outcomes kept per direction
KEPT_SECRETS = 1000  # values seen where a secret goes, scrubbed wherever they turn up again
MAX_UNMATCHED = 200  # distinct requests matching no operation, counted one by one


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def digest(*parts: bytes | str) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.digest()


@dataclass
class Outcome:
    operation: Operation | None
    differences: list[Difference] = field(default_factory=list)

    @property
    def breaking(self) -> list[Difference]:
        return [d for d in self.differences if d.breaking]


class Watch:
    def __init__(
        self,
        checker: Checker,
        upstream: str,
        recording: Recording | None,
        log: Callable[[str], None],
    ) -> None:
        self.checker = checker
        self.sanitizer = Sanitizer(keep=KEPT_SECRETS)
        self.recording = recording
        self.log = log
        self.checks: OrderedDict[bytes, list[Difference]] = OrderedDict()
        operations = [
            (op, [str(s) for s in checker.operation(op).node.get("responses", {})])
            for op in checker.router.operations
        ]
        self.drift = Drift(operations, upstream)
        self.logged: set[tuple[str, str, str]] = set()  # allowed differences said once
        self.dirty = False
        self.recorded = recording is not None  # the recording changed since it was written

    def check(self, traffic: Traffic) -> Outcome:
        """The differences of one exchange, each place once."""
        ex = traffic.exchange
        op = self.checker.route(ex.method, ex.path)
        if op is None:
            return Outcome(None)
        auth = self.checker.credentials_given(ex)
        request_key = digest(
            "request",
            op.label,
            ex.url,
            ex.request_header("content-type") or "",
            auth,
            ex.request_bytes(),
        )
        response_key = digest("response", op.label, str(ex.status), ex.media_type, ex.body or "")
        found = [
            *self._kept(request_key, lambda: list(self.checker.request(op, ex))),
            *self._kept(response_key, lambda: list(self.checker.response(op, ex))),
        ]
        # Each place once: a list whose items differ in one way is one difference, and what
        # was seen in its items is said together ("an integer, null").
        unique: dict[tuple[str, ...], Difference] = {}
        for d in found:
            key = (d.direction, d.location, d.kind, d.pointer, d.expected)
            known = unique.get(key)
            if known is None:
                unique[key] = d
            elif d.seen not in known.seen.split("; "):
                unique[key] = replace(known, seen=f"{known.seen}; {d.seen}")
        return Outcome(op, list(unique.values()))

    def _kept(self, key: bytes, check: Callable[[], list[Found]]) -> list[Difference]:
        found = self.checks.get(key)
        if found is None:
            found = [f.difference for f in check()]
            for d in found:
                # What reaches a log, a report or a recording: the names the traffic chose,
                # scrubbed (a map keyed by mobile numbers is still a map of mobile numbers).
                d.pointer = self.sanitizer.text(d.pointer)
                d.seen = self.sanitizer.text(d.seen)
                d.values, d.bodies = [], []
            self.checks[key] = found
            if len(self.checks) > KEPT_CHECKS:
                self.checks.popitem(last=False)
        else:
            self.checks.move_to_end(key)
        return found

    def observe(
        self, traffic: Traffic, outcome: Outcome | None = None, fallback: bool = False
    ) -> Outcome:
        """Checks (unless `outcome` is given), counts, logs and records one exchange."""
        ex = traffic.exchange
        outcome = outcome or self.check(traffic)
        op = outcome.operation
        unmatched = ""
        if op is None:
            unmatched = f"{ex.method} {self.sanitizer.text(ex.path)}"
            if unmatched not in self.drift.unmatched and len(self.drift.unmatched) >= MAX_UNMATCHED:
                unmatched = f"{ex.method} (others)"
        new = self.drift.add(op, ex.status, outcome.differences, now(), unmatched, fallback)
        self.dirty = True
        if op is not None:
            self._say(op, ex.status, outcome, {s.pointer for s in new})
        if self.recording is not None:
            bucket = (op.label if op else "(no operation)", ex.status)
            keys: set[tuple[str, ...]] = {
                (d.direction, d.location, d.kind, d.pointer) for d in outcome.differences
            }
            if self.recording.wants(bucket, keys):
                # The secrets it carries, scrubbed wherever they turn up in what is written.
                self._learn_secrets(traffic)
                self.recording.add(bucket, keys, traffic, self.sanitizer)
                self.recorded = True
        return outcome

    def _say(self, op: Operation, status: int, outcome: Outcome, new: set[str]) -> None:
        """One line for an exchange that breaks the contract; a difference that breaks nothing
        (an undeclared field) is said the first time only."""
        said = [
            d
            for d in outcome.differences
            if d.breaking or (op.label, d.direction, d.pointer) not in self.logged
        ]
        if not said:
            return
        for d in said:
            if not d.breaking:
                self.logged.add((op.label, d.direction, d.pointer))
        parts = []
        for d in said:
            where = (
                f"request {d.location}" if d.direction == "request" else f"response {d.location}"
            )
            parts.append(
                f"{where} {d.pointer or '/'} {d.kind}{'' if d.breaking else ' (allowed)'}: "
                f"expected {d.expected}, saw {d.seen}"
            )
        verdict = "breaks the contract" if outcome.breaking else "drifts"
        self.log(
            f"proxy: {op.operation_id} ({op.method} {op.path}) {status} {verdict}: "
            + "; ".join(parts)
        )

    def _learn_secrets(self, traffic: Traffic) -> None:
        ex = traffic.exchange
        body = None
        if (ex.request_header("content-type") or "").startswith("application/json"):
            try:
                body = json.loads(ex.request_bytes())
            except ValueError:
                body = None
        for secret in secrets_of(ex.request_headers, ex.query, body):
            self.sanitizer.learn_secret(secret)
