"""The round trips: with IPPANEL_ALLOW_WRITES=1 a live run creates its own objects, reads,
updates and deletes them, and nothing else (the gateway stops a change of any id it did not see
the run create: resources.py). Only those the spec's links cannot drive stay hand-written here:
a create that answers no id leaves a link nothing to follow. So: a contact (in a phonebook made
for it), a draft group with a draft, and, when uploadUserDocument is named in
IPPANEL_ALLOW_IRREVERSIBLE, an upload for a document that has none, then its removal (the upload
is irreversible: it is never generated). Phonebooks, custom fields and patterns are created by
schemathesis and followed by its stateful phase, through the links, to their reads, updates and
deletes (runner.py). Every answer is checked against the spec
(flows.flow_caller); a step that fails fails the run; whatever happens, what was created is deleted
(finally), and what could not be is reported.

Several creates answer `data: null`: the new object is found by listing its kind and matching a
title this run chose (unique per run), and then remembered as the run's own."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from contract_tests.classes import Decision
from contract_tests.flows import Step, flow_caller
from contract_tests.resources import Ownership
from kit.operations import by_operation_id

# The operations of each round trip, by kind (paths are read from the spec by operationId).
KINDS = {
    "contact": (
        "createPhonebook",
        "deletePhonebooks",
        "addContacts",
        "listContacts",
        "getContact",
        "updateContact",
        "deleteContacts",
    ),
    "draftGroup": (
        "createDraftGroup",
        "listDraftGroups",
        "updateDraftGroup",
        "deleteDraftGroup",
        "createDraft",
        "listDrafts",
        "updateDraft",
        "deleteDrafts",
    ),
    "userDocument": ("listUserDocuments", "uploadUserDocument", "removeUserDocument"),
}
# The file a document round trip uploads: the smallest valid PNG (1x1, one transparent pixel).
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@dataclass
class RoundTrips:
    steps: list[Any] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)  # what the run could not delete
    skipped: dict[str, str] = field(default_factory=dict)  # kind -> why it did not run


def run_round_trips(
    gateway_url: str,
    token: str,
    ownership: Ownership,
    decisions: list[Decision],
    number: str,
) -> RoundTrips:
    """Every round trip whose operations are all in the run, through the gateway."""
    ops = {i: (op.method.upper(), op.path) for i, op in by_operation_id().items()}
    included = {d.operation.operation_id for d in decisions if d.included}
    out = RoundTrips()
    call = flow_caller(gateway_url, out.steps)
    tag = f"contract-test-{secrets.token_hex(4)}"
    auth = {"Authorization": token}

    def do(name: str, op_id: str, expect: int = 200, **case: Any) -> Any:
        method, path = ops[op_id]
        return call(f"{name} ({op_id})", path, expect, method=method, headers=auth, **case)

    def check(name: str, ok: bool, detail: str) -> bool:
        out.steps.append(Step(name, ok, detail))
        return ok

    def listed(op_id: str, key: str, field_: str, value: str, **query: str) -> Any:
        """The `key` of the item of `op_id`'s list whose `field_` is `value`, or None."""
        response = do(f"list, to find {value!r}", op_id, query=query or None)
        if response is None:
            return None
        found = [i[key] for i in response.json()["data"] if str(i.get(field_)) == value]
        check(f"find {value!r} in {op_id}", len(found) == 1, f"{len(found)} found")
        return found[0] if len(found) == 1 else None

    def delete(what: str, op_id: str, **case: Any) -> None:
        if do(f"delete {what}", op_id, **case) is None:
            out.left_behind.append(what)

    for kind, needed in KINDS.items():
        missing = [o for o in needed if o not in included]
        if missing:
            out.skipped[kind] = f"not in this run: {', '.join(missing)}"
            continue
        cleanup: list[Callable[[], None]] = []
        try:
            if kind == "contact":
                # A phonebook to hold the contact: its own round trip is the stateful phase's.
                title = f"{tag}-phonebook"
                made = do("create a phonebook", "createPhonebook", body={"title": title})
                if made is None:
                    continue
                pid = made.json()["data"]["id"]
                cleanup.append(
                    partial(
                        delete,
                        f"phonebook {pid}",
                        "deletePhonebooks",
                        body={"listPhonebooks": [pid]},
                    )
                )
                contact = {"number": number, "name": f"{tag}-contact", "phonebook_id": str(pid)}
                if do("add a contact", "addContacts", body={"list": [contact]}) is None:
                    continue
                cid = listed("listContacts", "id", "name", contact["name"], phonebook_id=str(pid))
                if cid is None:
                    continue
                ownership.remember("contact", cid)
                cleanup.append(
                    partial(delete, f"contact {cid}", "deleteContacts", body={"listNumbers": [cid]})
                )
                renamed = {**contact, "name": f"{tag}-contact-renamed"}
                if (
                    do(
                        "update the contact",
                        "updateContact",
                        path_parameters={"contact_id": cid},
                        body=renamed,
                    )
                    is None
                ):
                    continue
                shown = do("read it", "getContact", path_parameters={"contact_id": cid})
                if shown is not None:
                    name = shown.json()["data"].get("name")
                    check("the contact reads as updated", name == renamed["name"], repr(name))
            elif kind == "draftGroup":
                title = f"{tag}-group"
                if do("create a draft group", "createDraftGroup", body={"title": title}) is None:
                    continue
                gid = listed("listDraftGroups", "draft_group_id", "title", title)
                if gid is None:
                    continue
                ownership.remember("draftGroup", gid)
                cleanup.append(
                    partial(
                        delete,
                        f"draft group {gid}",
                        "deleteDraftGroup",
                        body={"draft_group_id": gid},
                    )
                )
                message = f"{tag}-draft"
                if (
                    do(
                        "create a draft in it",
                        "createDraft",
                        body={"draft_group_id": gid, "message": message},
                    )
                    is None
                ):
                    continue
                did = listed("listDrafts", "draft_id", "message", message, draft_group_id=str(gid))
                if did is None:
                    continue
                ownership.remember("draft", did)
                cleanup.append(
                    partial(delete, f"draft {did}", "deleteDrafts", body={"draft_ids": [did]})
                )
                if (
                    do(
                        "update the draft",
                        "updateDraft",
                        body={"draft_id": did, "message": f"{message}-updated"},
                    )
                    is None
                ):
                    continue
                listed(
                    "listDrafts",
                    "draft_id",
                    "message",
                    f"{message}-updated",
                    draft_group_id=str(gid),
                )
                do(
                    "rename the group",
                    "updateDraftGroup",
                    body={"draft_group_id": gid, "title": f"{title}-renamed"},
                )
            elif kind == "userDocument":
                # Only a document with no upload of the owner's: removing ours then takes
                # nothing of theirs back.
                shown = do("list the documents", "listUserDocuments")
                if shown is None:
                    continue
                free = [d["id"] for d in shown.json()["data"] if d.get("user_document") is None]
                if not free:
                    out.skipped[kind] = "no document without an upload of the owner's"
                    continue
                doc = free[0]
                upload = {"document_id": str(doc), "files[]": [PIXEL]}
                made = do(
                    "upload a file for a document",
                    "uploadUserDocument",
                    body=upload,
                    media_type="multipart/form-data",
                )
                if made is None:
                    continue
                removal = {"document_id": doc}
                cleanup.append(
                    partial(delete, f"document {doc}'s upload", "removeUserDocument", body=removal)
                )
                shown = do("list the documents again", "listUserDocuments")
                if shown is not None:
                    mine = [d for d in shown.json()["data"] if d["id"] == doc]
                    upload_shown = mine[0].get("user_document") if mine else None
                    check("the document reads as uploaded", upload_shown is not None, "listed")
        except Exception as exc:  # an answer unlike the spec's: the step fails, cleanup still runs
            check(f"{kind} round trip", False, f"{type(exc).__name__}: {str(exc)[:200]}")
        finally:
            for undo in reversed(cleanup):
                undo()
    return out
