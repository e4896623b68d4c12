"""The end of a live run that may write: every object the run created and did not delete itself
(by fuzzing, through a link of the stateful phase, or a round trip that failed half-way) is
deleted, by id, through the gateway, with its kind's delete operation as the spec marks it
(resources.py: `Ownership.leftovers`, `Ownership.deleters`). Only ids the gateway saw the run
create are ever named; a kind without a delete operation, or a create that answers no id, leaves
nothing to name, and docs/contract-tests.md says which those are."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contract_tests.flows import Step, flow_caller
from contract_tests.resources import Ownership, Targeting, field_name
from kit.operations import by_operation_id, operations
from kit.spec import bundle, deref


@dataclass
class Cleanup:
    steps: list[Step] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)  # "phonebook 1003": could not delete


def parents() -> set[str]:
    """The kinds a create puts something in (a contact's phonebook, a draft's group): deleted
    after what is in them, which deleting them may take along."""
    return {
        str(t.get("resource"))
        for op in operations()
        if op.operation.get("x-ippanel-creates")
        for t in op.operation.get("x-ippanel-targets") or []
        if isinstance(t, dict)
    }


def request_for(target: Targeting, identifier: str) -> dict[str, Any]:
    """The case (path parameters, or a body of the delete's first media type) that deletes one
    object: its field holds a list of ids (listPhonebooks) or one (draft_group_id), as the
    request's schema says."""
    if target.location == "path":
        return {"path_parameters": {target.name: identifier}}
    op = by_operation_id()[target.operation_id].operation
    media_type, content = next(iter(deref(op["requestBody"])["content"].items()))
    key = field_name(target.name)
    listed = deref(deref(content["schema"])["properties"][key]).get("type") == "array"
    value: Any = int(identifier) if identifier.isdigit() else identifier
    return {"body": {key: [value] if listed else value}, "media_type": media_type}


def delete_leftovers(
    gateway_url: str, token: str, ownership: Ownership, included: set[str]
) -> Cleanup:
    """Delete what the run created and left, children first; what could not be is listed."""
    out = Cleanup()
    call = flow_caller(gateway_url, out.steps)
    deleters = ownership.deleters()
    ops = {op.operation_id: op for op in operations(bundle())}
    containers = parents()
    for kind, ids in sorted(ownership.leftovers().items(), key=lambda kv: kv[0] in containers):
        target = deleters.get(kind)
        if target is None or target.operation_id not in included:
            continue  # no way to delete it in this run: the docs say which kinds
        op = ops[target.operation_id]
        for names in ids:
            # The field the delete names it by (a pattern's code), or its id.
            identifier = names.get(field_name(target.name)) or names.get("id")
            if identifier is None:
                out.left_behind.append(f"{kind} {'/'.join(names.values())}")
                continue
            done = call(
                f"delete {kind} {identifier}, left by the run ({target.operation_id})",
                op.path,
                200,
                method=op.method.upper(),
                headers={"Authorization": token},
                **request_for(target, identifier),
            )
            if done is None:
                out.left_behind.append(f"{kind} {identifier}")
    return out
