"""The end of a live run that may write: every object the run created and did not delete itself
(by fuzzing, through a link of the stateful phase, or a round trip that failed half-way) is
deleted, by id, through the gateway, with its kind's delete operation as the spec marks it
(resources.py: `Ownership.leftovers`, `Ownership.deleters`). Only ids the gateway saw the run
create are ever named; a kind without a delete operation, or a create that answers no id, leaves
nothing to name, and docs/reference/contract-tests.md says which those are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from contract_tests.flows import Step, flow_caller
from contract_tests.resources import Ownership, Targeting
from kit.marks import CREATED_ID, spec_operations


@dataclass
class Cleanup:
    steps: list[Step] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)  # "phonebook 1003": could not delete


def parents() -> set[str]:
    """The kinds a create puts something in (a contact's phonebook, a draft's group): deleted
    after what is in them, which deleting them may take along."""
    return {t.resource for op in spec_operations().values() if op.creates for t in op.targets}


def delete(
    call: Callable[..., Any], token: str, target: Targeting, identifier: str, what: str
) -> bool:
    """Delete one object the run made, with the operation and field `target` names it by:
    whether it went (the step is recorded, failed or not)."""
    op = target.operation
    done = call(
        f"delete {what} ({target.operation_id})",
        op.path,
        200,
        method=op.method.upper(),
        headers={"Authorization": token},
        **target.case(identifier),
    )
    return done is not None


def delete_leftovers(
    gateway_url: str, token: str, ownership: Ownership, included: set[str]
) -> Cleanup:
    """Delete what the run created and left, children first; what could not be is listed."""
    out = Cleanup()
    call = flow_caller(gateway_url, out.steps)
    deleters = ownership.deleters()
    containers = parents()
    for kind, ids in sorted(ownership.leftovers().items(), key=lambda kv: kv[0] in containers):
        target = deleters.get(kind)
        if target is None or target.operation_id not in included:
            continue  # no way to delete it in this run: the docs say which kinds
        for names in ids:
            # The field the delete names it by (a pattern's code), or its id.
            identifier = names.get(target.target.field) or names.get(CREATED_ID)
            if identifier is None:
                out.left_behind.append(f"{kind} {'/'.join(names.values())}")
                continue
            what = f"{kind} {identifier}"
            if not delete(call, token, target, identifier, f"{what}, left by the run"):
                out.left_behind.append(what)
    return out
