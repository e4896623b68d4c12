"""The round trips: with IPPANEL_ALLOW_WRITES=1 a live run creates its own objects, reads,
updates and deletes them, and nothing else (the gateway stops a change of any id it did not see
the run create: resources.py). Only those the spec's links cannot drive are here: a create that
answers no id leaves a link nothing to follow. So: a contact (in a phonebook made for it), a draft
group with a draft, and, when uploadUserDocument is named in IPPANEL_ALLOW_IRREVERSIBLE, an upload
for a document that has none, then its removal (the upload is irreversible: it is never
generated). Phonebooks, custom fields and patterns are created by schemathesis and followed by its
stateful phase, through the links, to their reads, updates and deletes (runner.py).

Each trip is a row of TRIPS: its steps, in order, each a request of one operation (by what the
trip has learnt so far) and what it learns or checks from the answer. Every answer is checked
against the spec (flows.flow_caller); a step that fails ends its trip and fails the run. What a
trip made is the run's by the one record (resources.Ownership: the gateway notes every answer,
and what a trip finds by listing it remembers there); whatever happens, the trip deletes what it
made, newest first, with the run's one way of deleting an object (cleanup.delete), and what could
not be is reported.

Several creates answer `data: null`: the new object is found by listing its kind and matching a
title this run chose (unique per run), and then remembered as the run's own."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from contract_tests.classes import Decision
from contract_tests.cleanup import delete
from contract_tests.flows import Step, flow_caller
from contract_tests.resources import Ownership, Targeting
from kit.marks import spec_operations

# The file a document round trip uploads: the smallest valid PNG (1x1, one transparent pixel).
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
Known = Mapping[str, Any]  # what a trip knows: `tag` (unique to the run), `number`, what it learnt
Case = Callable[[Known], dict[str, Any]]


def nothing(known: Known) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Call:
    """A request; `learn` names what its answer teaches (from its JSON), `undo` what it made: the
    known value that names it, deleted with `undo_by` when the trip ends."""

    does: str
    operation_id: str
    case: Case = nothing
    learn: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Find:
    """A list request, to find the one item whose `match` field is `value`: its `key` is learnt as
    `learn`, and, with `kind`, remembered as the run's own (its create answered no id)."""

    operation_id: str
    key: str
    match: str
    value: Callable[[Known], str]
    learn: str
    kind: str = ""
    query: Case = nothing


@dataclass(frozen=True)
class Pick:
    """A request whose answer offers what the trip may use (`choose`: the candidates); the first
    is learnt as `learn`; none: the trip does not run, for `none`."""

    does: str
    operation_id: str
    choose: Callable[[Any], list[Any]]
    learn: str
    none: str


@dataclass(frozen=True)
class Check:
    """A request whose answer must show what the trip did (`holds`, said as `what`)."""

    does: str
    operation_id: str
    what: str
    holds: Callable[[Known, Any], bool]
    case: Case = nothing


@dataclass(frozen=True)
class Undo:
    """From here on, the trip ends by deleting the object `learnt` names, with `operation_id`."""

    what: str  # as the step names it: "phonebook {pid}"
    operation_id: str
    learnt: str


TripStep = Call | Find | Pick | Check | Undo


def body(make: Callable[[Known], Any], media_type: str | None = None) -> Case:
    def case(known: Known) -> dict[str, Any]:
        return {"body": make(known), **({"media_type": media_type} if media_type else {})}

    return case


def contact(known: Known, name: str = "contact") -> dict[str, Any]:
    return {
        "number": known["number"],
        "name": f"{known['tag']}-{name}",
        "phonebook_id": str(known["pid"]),
    }


def data(answer: Any) -> Any:
    return answer["data"]


TRIPS: dict[str, tuple[TripStep, ...]] = {
    "contact": (
        # A phonebook to hold the contact: its own round trip is the stateful phase's.
        Call(
            "create a phonebook",
            "createPhonebook",
            body(lambda k: {"title": f"{k['tag']}-phonebook"}),
            learn={"pid": lambda a: data(a)["id"]},
        ),
        Undo("phonebook {pid}", "deletePhonebooks", "pid"),
        Call("add a contact", "addContacts", body(lambda k: {"list": [contact(k)]})),
        Find(
            "listContacts",
            "id",
            "name",
            lambda k: f"{k['tag']}-contact",
            "cid",
            kind="contact",
            query=lambda k: {"query": {"phonebook_id": str(k["pid"])}},
        ),
        Undo("contact {cid}", "deleteContacts", "cid"),
        Call(
            "update the contact",
            "updateContact",
            lambda k: {
                "path_parameters": {"contact_id": k["cid"]},
                "body": contact(k, "contact-renamed"),
            },
        ),
        Check(
            "read it",
            "getContact",
            "the contact reads as updated",
            lambda k, a: data(a).get("name") == f"{k['tag']}-contact-renamed",
            lambda k: {"path_parameters": {"contact_id": k["cid"]}},
        ),
    ),
    "draftGroup": (
        Call(
            "create a draft group",
            "createDraftGroup",
            body(lambda k: {"title": f"{k['tag']}-group"}),
        ),
        Find(
            "listDraftGroups",
            "draft_group_id",
            "title",
            lambda k: f"{k['tag']}-group",
            "gid",
            "draftGroup",
        ),
        Undo("draft group {gid}", "deleteDraftGroup", "gid"),
        Call(
            "create a draft in it",
            "createDraft",
            body(lambda k: {"draft_group_id": k["gid"], "message": f"{k['tag']}-draft"}),
        ),
        Find(
            "listDrafts",
            "draft_id",
            "message",
            lambda k: f"{k['tag']}-draft",
            "did",
            "draft",
            query=lambda k: {"query": {"draft_group_id": str(k["gid"])}},
        ),
        Undo("draft {did}", "deleteDrafts", "did"),
        Call(
            "update the draft",
            "updateDraft",
            body(lambda k: {"draft_id": k["did"], "message": f"{k['tag']}-draft-updated"}),
        ),
        Find(
            "listDrafts",
            "draft_id",
            "message",
            lambda k: f"{k['tag']}-draft-updated",
            "did",
            query=lambda k: {"query": {"draft_group_id": str(k["gid"])}},
        ),
        Call(
            "rename the group",
            "updateDraftGroup",
            body(lambda k: {"draft_group_id": k["gid"], "title": f"{k['tag']}-group-renamed"}),
        ),
    ),
    "userDocument": (
        # Only a document with no upload of the owner's: removing ours then takes nothing of
        # theirs back.
        Pick(
            "list the documents",
            "listUserDocuments",
            lambda a: [d["id"] for d in data(a) if d.get("user_document") is None],
            "doc",
            "no document without an upload of the owner's",
        ),
        Call(
            "upload a file for a document",
            "uploadUserDocument",
            body(
                lambda k: {"document_id": str(k["doc"]), "files[]": [PIXEL]}, "multipart/form-data"
            ),
        ),
        Undo("document {doc}'s upload", "removeUserDocument", "doc"),
        Check(
            "list the documents again",
            "listUserDocuments",
            "the document reads as uploaded",
            lambda k, a: any(d["id"] == k["doc"] and d.get("user_document") for d in data(a)),
        ),
    ),
}


def operations_of(steps: tuple[TripStep, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.operation_id for s in steps))


# The operations of each round trip, by kind: a trip runs when all of them are in the run.
KINDS = {kind: operations_of(steps) for kind, steps in TRIPS.items()}


@dataclass
class RoundTrips:
    steps: list[Any] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)  # what the run could not delete
    skipped: dict[str, str] = field(default_factory=dict)  # kind -> why it did not run


class _Stop(Exception):
    """A step failed (it is recorded): the trip ends here."""


def run_round_trips(
    gateway_url: str,
    token: str,
    ownership: Ownership,
    decisions: list[Decision],
    number: str,
) -> RoundTrips:
    """Every round trip whose operations are all in the run, through the gateway."""
    ops = spec_operations()
    included = {d.operation.operation_id for d in decisions if d.included}
    out = RoundTrips()
    call = flow_caller(gateway_url, out.steps)
    tag = f"contract-test-{secrets.token_hex(4)}"

    def do(name: str, op_id: str, case: dict[str, Any]) -> Any:
        op = ops[op_id]
        headers = {"Authorization": token}
        found = call(
            f"{name} ({op_id})", op.path, 200, method=op.method.upper(), headers=headers, **case
        )
        if found is None:
            raise _Stop
        return found.json()

    def check(name: str, ok: bool, detail: str) -> None:
        out.steps.append(Step(name, ok, detail))
        if not ok:
            raise _Stop

    for kind, steps in TRIPS.items():
        missing = [o for o in KINDS[kind] if o not in included]
        if missing:
            out.skipped[kind] = f"not in this run: {', '.join(missing)}"
            continue
        known: dict[str, Any] = {"tag": tag, "number": number}
        undo: list[Undo] = []
        try:
            for step in steps:
                if isinstance(step, Call):
                    answer = do(step.does, step.operation_id, step.case(known))
                    known.update({name: read(answer) for name, read in step.learn.items()})
                elif isinstance(step, Find):
                    value = step.value(known)
                    answer = do(f"list, to find {value!r}", step.operation_id, step.query(known))
                    found = [i[step.key] for i in data(answer) if str(i.get(step.match)) == value]
                    check(
                        f"find {value!r} in {step.operation_id}",
                        len(found) == 1,
                        f"{len(found)} found",
                    )
                    known[step.learn] = found[0]
                    if step.kind:
                        ownership.remember(step.kind, found[0])
                elif isinstance(step, Pick):
                    candidates = step.choose(do(step.does, step.operation_id, {}))
                    if not candidates:
                        out.skipped[kind] = step.none
                        break
                    known[step.learn] = candidates[0]
                elif isinstance(step, Check):
                    answer = do(step.does, step.operation_id, step.case(known))
                    check(step.what, step.holds(known, answer), "as the trip left it")
                else:
                    undo.append(step)
        except _Stop:
            pass
        except Exception as exc:  # an answer unlike the spec's: the step fails, the undo still runs
            out.steps.append(
                Step(f"{kind} round trip", False, f"{type(exc).__name__}: {str(exc)[:200]}")
            )
        finally:
            for step in reversed(undo):
                op = ops[step.operation_id]
                what = step.what.format(**known)
                target = Targeting(op, op.targets[0])
                if not delete(call, token, target, str(known[step.learnt]), what):
                    out.left_behind.append(what)
    return out
