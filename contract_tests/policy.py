"""Who a live run may text: the numbers QA listed in IPPANEL_TEST_RECIPIENTS, from the sender in
IPPANEL_FROM_NUMBER, through no target that takes anybody and no phonebook but QA's.

One table, RULES, says it for each kind of request field the spec marks (`x-ippanel-field`, read
by kit/marks.py): what a value of that kind may hold, and how a generated one is made to. Both
sides read a request the same way, walking the operation's own request schema (JSON body, form
fields and files, query) with `kit.marks.request_fields`, and apply the same table:

- `violations` (the gateway on the bytes about to leave the machine, safe_cases on what the run
  would send) refuses every field its kind's rule refuses, and every field the spec does not mark
  (UNMARKED: undeclared, unmarked, or a body not of the shape declared): fail closed;
- `confine` (the hooks, on each generated request) gives each field its rule does not let go the
  rule's safe value, in its generated type where it can, and leaves out what the spec does not
  mark, so that the gateway has nothing left to stop.

Nothing here names a field or an operation: a new sending type whose fields are marked is judged
and confined by its marks alone."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from types import MappingProxyType
from typing import Any

from contract_tests import settings
from contract_tests.request import Request
from kit.marks import (
    ABSENT,
    FIELD_KINDS,
    QUERY,
    UNMARKED,
    Found,
    Operation,
    Share,
    request_fields,
    schemas_of,
    shares,
)
from kit.spec import bundle

LOUD = "takes people from an operator (a count not 0, or none given)"
SAFE_CSV = b"recipient,message\n"  # + one line per allowed number, see `safe_csv`
SAFE_MESSAGE = "contract test"


def to_ascii_digits(text: str) -> str:
    """Persian, Arabic or any other decimal digits as ASCII: a server may well normalise them."""
    return "".join(
        str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in text
    )


def numbers_in(value: Any) -> list[str]:
    """The digit strings in `value` (any nesting) that could be a phone number (7 digits or more,
    ignoring spaces, dashes and brackets between them)."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(getattr(value, "data", None), bytes):
        value = value.data  # a generated file: schemathesis' Binary, text holding its bytes
    if isinstance(value, (int, float)):
        value = str(int(abs(value))) if abs(value) < 1e20 else ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        compact = re.sub(r"[\s\-()]", "", to_ascii_digits(value))
        return re.findall(r"[0-9]{7,}", compact)
    if isinstance(value, Mapping):
        return [n for k, v in value.items() for n in numbers_in(k) + numbers_in(v)]
    if isinstance(value, (list, tuple)):
        return [n for v in value for n in numbers_in(v)]
    return numbers_in(str(value))


def numbers(value: Any) -> list[str]:
    """`numbers_in`, a number also as a form field writes it (1.2345678e+25, or an int past
    1e20, has digits a server reading text would see)."""
    if isinstance(value, Mapping):
        return [n for k, v in value.items() for n in numbers(k) + numbers(v)]
    if isinstance(value, (list, tuple)):
        return [n for v in value for n in numbers(v)]
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return numbers_in(value) + (numbers_in(str(value)) if number else [])


def scalars(value: Any) -> list[Any]:
    """The values in `value` that are not containers, at any depth (a mapping's keys too)."""
    if isinstance(value, Mapping):
        return [s for k, v in value.items() for s in scalars(k) + scalars(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in scalars(v)]
    return [value]


def walk_items(value: Any) -> list[tuple[Any, Any]]:
    """Every (key, value) pair of every mapping in `value`, at any depth."""
    if isinstance(value, Mapping):
        return [(k, v) for k, v in value.items()] + [
            pair for v in value.values() for pair in walk_items(v)
        ]
    if isinstance(value, list):
        return [pair for v in value for pair in walk_items(v)]
    return []


def mask(number: str) -> str:
    """A number as it may appear in the run's output: enough to recognise it, not to dial it."""
    return number[:4] + "…" + number[-2:] if len(number) > 6 else number


@dataclass(frozen=True)
class Allowance:
    """Whom a run may text (settings.ALLOWANCE)."""

    recipients: tuple[str, ...]
    from_number: str
    phonebook_id: str | None = None  # IPPANEL_TEST_PHONEBOOK_ID: the only phonebook sent to

    def allows(self, number: str) -> bool:
        """Whether a digit string names one of the allowed recipients (or the sender itself):
        10 digits or more compare on the last 10 (+98912..., 0912..., 912... are one phone);
        shorter ones must be the end of an allowed number."""
        allowed = [re.sub(r"\D", "", n) for n in (*self.recipients, self.from_number)]
        if len(number) >= 10:
            return any(a[-10:] == number[-10:] for a in allowed)
        return any(a.endswith(number) for a in allowed)

    def is_sender(self, number: str) -> bool:
        return number == re.sub(r"\D", "", self.from_number)

    def safe_csv(self) -> bytes:
        return SAFE_CSV + b"".join(f"{r},{SAFE_MESSAGE}\n".encode() for r in self.recipients)


# --- the rule table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Judged:
    """What a rule sees: the run's allowance, the spec the field was read against, and whether
    the value goes out as text (a form field, a query parameter), whatever it was generated as."""

    allowance: Allowance
    spec: Mapping[str, Any]
    as_text: bool = False


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


DROP: Any = _Drop()  # a safe value that is none: the field is left out


@dataclass(frozen=True)
class Rule:
    """What a request field of one kind may hold on an operation that sends SMS."""

    refuses: Callable[[Judged, Found], list[str]]  # why this value may not go; []: it may
    safe: Callable[[Judged, Found], Any]  # a value that may go (or DROP), in the value's type
    if_absent: str = ""  # why a required field of this kind may not be left out ("": it may)
    reaches: bool = False  # a value of this kind can reach people: such an operation sends


def _strangers(j: Judged, f: Found) -> list[str]:
    a = j.allowance
    return [
        f"{f.where}: {mask(n)} is not in {settings.TEST_RECIPIENTS.name}"
        for n in numbers(f.value)
        if not a.allows(n)
    ]


def _swap(a: Allowance, value: Any) -> Any:
    """Every number in `value` that is not allowed replaced by an allowed one, in its type (a
    list keeps its length, an int stays an int: most negative cases stay negative)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) and not all(map(a.allows, numbers(value))):
        return type(value)(re.sub(r"\D", "", a.recipients[0]))
    if isinstance(value, (str, bytes)) and not all(map(a.allows, numbers(value))):
        return a.recipients[0] if isinstance(value, str) else a.recipients[0].encode()
    if isinstance(value, (list, tuple)):
        return [_swap(a, v) for v in value]
    if isinstance(value, Mapping):
        return {_swap(a, k): _swap(a, v) for k, v in value.items()}
    return value


def _one(value: Any) -> Any:
    """A form field or query parameter comes as a list of its values: one is the value."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def _other_sender(j: Judged, f: Found) -> list[str]:
    value, a = _one(f.value), j.allowance
    if j.as_text and not isinstance(value, str):
        ok = False  # written as text (`true`, `983000505`), it is not the sender's text
    elif value is None or isinstance(value, bool):
        return []  # names no sender: the account's own
    elif isinstance(value, str):
        ok = value == a.from_number
    elif isinstance(value, (int, float)):
        ok = all(map(a.is_sender, numbers(value)))
    else:
        ok = False  # several senders, or an object: not the one sender
    return [] if ok else [f"{f.where} {str(value)[:24]!r} is not {settings.FROM_NUMBER.name}"]


def _the_sender(j: Judged, f: Found) -> Any:
    a = j.allowance
    if isinstance(f.value, list):
        return [a.from_number]
    if isinstance(f.value, (int, float)) and not j.as_text:
        return type(f.value)(re.sub(r"\D", "", a.from_number) or 0)
    return a.from_number


def _count_is_zero(entry: Any, count: str) -> bool:
    return isinstance(entry, Mapping) and type(entry.get(count)) is int and entry[count] == 0


def _takes_people(given: Any, share: Share) -> bool:
    if share.many:
        entries = given if isinstance(given, list) else []
        return not entries or not all(_count_is_zero(e, share.count) for e in entries)
    return not _count_is_zero(given, share.count)


def _loud(j: Judged, f: Found) -> list[str]:
    found = shares(j.spec, f.schema, f.how)
    if not found:
        return [f"{f.where}: a target whose schema says not what it takes ({f.how})"]
    if not isinstance(f.value, Mapping):
        return [f"{f.where}: a target that is not an object"]
    if any(_takes_people(f.value.get(s.field), s) for s in found):
        return [f"{f.where}: a target that {LOUD}"]
    return []


def _silenced(j: Judged, f: Found) -> Any:
    """The target with every count 0, and the ranges or entries its kind needs added."""
    out = dict(f.value) if isinstance(f.value, Mapping) else {}
    for s in shares(j.spec, f.schema, f.how):
        given = out.get(s.field)
        if s.many:
            kept = [e for e in given if isinstance(e, Mapping)] if isinstance(given, list) else []
            out[s.field] = [{**e, s.count: 0} for e in kept] or [dict(e) for e in s.silent]
        else:
            kept_range = given if isinstance(given, Mapping) else {}
            out[s.field] = {**s.silent[0], **kept_range, s.count: 0}
    return out


def _other_phonebook(j: Judged, f: Found, if_absent: str) -> list[str]:
    if f.value is ABSENT:
        return [f"{f.where}: {if_absent}"]
    named = [i for i in scalars(f.value) if i is not None]
    if not named:
        return [f"{f.where}: names no phonebook"]
    return [
        f"{f.where}: phonebook {str(i)[:24]!r} is not {settings.TEST_PHONEBOOK_ID.name}"
        for i in named
        if isinstance(i, bool) or str(i).strip() != j.allowance.phonebook_id
    ]


def _qa_phonebook(j: Judged, f: Found) -> Any:
    """Every phonebook named replaced by QA's, in its type (without one, nothing is safe)."""
    book = j.allowance.phonebook_id
    if book is None:
        return f.value
    schemas = schemas_of(j.spec)

    def typed(node: Any) -> Any:
        schema, _ = schemas.resolve(node)
        items = schemas.items(node)
        if items is not None:
            return [typed(items)]
        return (
            int(book) if isinstance(schema, Mapping) and schema.get("type") == "integer" else book
        )

    def swapped(value: Any) -> Any:
        if isinstance(value, list):
            return [swapped(v) for v in value] or [book]
        if isinstance(value, Mapping):
            return [swapped(v) for v in value.values()] or [book]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(book)  # 77, never 77.0: the id is compared as text
        return book  # a string; a bool or null, which name no phonebook

    return typed(f.schema) if f.value is ABSENT else swapped(f.value)


def _file_strangers(j: Judged, f: Found) -> list[str]:
    """A file part is bytes or text (the spec types it binary) that reads as text, and every
    number in it is allowed: a file whose numbers cannot be read is one nobody can vouch for."""
    found = []
    for part in f.value if isinstance(f.value, (list, tuple)) else [f.value]:
        data = part.data if isinstance(getattr(part, "data", None), bytes) else part
        if not isinstance(data, (bytes, str)):
            found.append(f"{f.where}: a part that is not a file ({type(data).__name__})")
        elif isinstance(data, bytes) and data.startswith(b"PK\x03\x04"):
            found.append(f"{f.where}: a zip/XLSX file, whose numbers cannot be checked")
        elif isinstance(data, bytes) and not _is_utf8(data):
            found.append(
                f"{f.where}: a file that is not UTF-8 text, whose numbers cannot be checked"
            )
    return found + _strangers(j, f)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _safe_file(j: Judged, f: Found) -> Any:
    """Each uploaded file replaced by a CSV of the allowed numbers: bytes stay bytes, anything
    else becomes its text (no serializer lays out an object, a list or a number as a part, and
    a form writes a number's digits)."""
    csv = j.allowance.safe_csv()

    def one(part: Any) -> Any:
        return csv if isinstance(part, bytes) else csv.decode()

    return [one(x) for x in f.value] if isinstance(f.value, (list, tuple)) else one(f.value)


def _not_marked(j: Judged, f: Found) -> list[str]:
    return [f"{f.where}: the spec does not mark it ({f.why}), so it may not go"]


def _nothing(j: Judged, f: Found) -> list[str]:
    return []


def _as_it_is(j: Judged, f: Found) -> Any:
    return f.value


NO_PHONEBOOK = f"left out: a phonebook part must name {settings.TEST_PHONEBOOK_ID.name}"
HARMLESS = Rule(_nothing, _as_it_is)  # reaches nobody (a credential is the run's own)
RULES: Mapping[str, Rule] = MappingProxyType(
    {
        "recipients": Rule(_strangers, lambda j, f: _swap(j.allowance, f.value), reaches=True),
        "sender": Rule(_other_sender, _the_sender),
        "target": Rule(_loud, _silenced, reaches=True),
        "phonebook": Rule(
            partial(_other_phonebook, if_absent=NO_PHONEBOOK),
            _qa_phonebook,
            if_absent=NO_PHONEBOOK,
            reaches=True,
        ),
        "recipient-file": Rule(_file_strangers, _safe_file, reaches=True),
        "credential": HARMLESS,
        "message": HARMLESS,
        "template": HARMLESS,
        "content": HARMLESS,
        UNMARKED: Rule(_not_marked, lambda j, f: DROP),
    }
)
# Every kind the spec may mark has its rule: a kind added to kit/marks.py without one fails here.
assert RULES.keys() == {*FIELD_KINDS, UNMARKED}, set(RULES) ^ {*FIELD_KINDS, UNMARKED}
ABSENT_KINDS = tuple(kind for kind, rule in RULES.items() if rule.if_absent)
REACHING = frozenset(kind for kind, rule in RULES.items() if rule.reaches)


# --- the two sides ------------------------------------------------------------------------------


def judged(
    allowance: Allowance, found: Iterable[Found], spec: Mapping[str, Any], as_text: bool = False
) -> Iterator[tuple[Found, list[str]]]:
    """Each field with why its rule refuses it (empty: it may go)."""
    j = Judged(allowance, spec, as_text)
    for f in found:
        yield f, RULES[f.kind].refuses(j, f)


def violations(
    allowance: Allowance,
    request: Request,
    op: Operation | None,
    spec: Mapping[str, Any] | None = None,
) -> list[str]:
    """Why `request` (to `op`, an operation that sends SMS; None: a method the spec does not
    declare on its path) may not go: every field its rule refuses, every field the spec does not
    mark. A request that could not be read fully is one nobody can vouch for. Empty: it may."""
    if request.problem is not None:
        return [request.problem]
    spec = bundle() if spec is None else spec
    media = request.media
    body = request.body if media is not None else None
    found = request_fields(spec, op, media, body, request.query, ABSENT_KINDS)
    return list(dict.fromkeys(r for _, reasons in judged(allowance, found, spec) for r in reasons))


def confine(
    allowance: Allowance,
    op: Operation,
    media: str | None,
    body: Any,
    spec: Mapping[str, Any] | None = None,
) -> Any:
    """`body` (of `media`, as generated for `op`) with each field its rule refuses given the
    rule's safe value, and what the spec does not mark left out. A form's values go out as text."""
    spec = bundle() if spec is None else spec
    as_text = (media or "").startswith("multipart/")

    def fields(value: Any) -> Iterator[Found]:
        return request_fields(spec, op, media, value, {}, ABSENT_KINDS)

    safe = _made_safe(allowance, spec, body, fields, as_text)
    return _listed(spec, safe, fields(safe)) if as_text else safe


def _listed(spec: Mapping[str, Any], body: Any, found: Iterable[Found]) -> Any:
    """A form field the spec lists, generated as one value, as a list of it: one part either
    way on the wire, where a server reads it as a list, so the case is what it will be judged."""
    schemas = schemas_of(spec)
    lone = [
        f
        for f in found
        if len(f.path) == 1 and schemas.items(f.schema) is not None
        if not isinstance(f.value, (list, tuple)) and f.value is not ABSENT
    ]
    return {**body, **{f.path[0]: [f.value] for f in lone}} if lone else body


def confine_query(
    allowance: Allowance,
    op: Operation,
    query: Mapping[str, Any] | None,
    spec: Mapping[str, Any] | None = None,
) -> Any:
    """The query (the URL send's) confined like form fields: text, whatever its type."""
    if not query:
        return query
    spec = bundle() if spec is None else spec

    def fields(value: Any) -> Iterator[Found]:
        return request_fields(spec, op, None, None, value[QUERY], ABSENT_KINDS)

    return _made_safe(allowance, spec, {QUERY: dict(query)}, fields, as_text=True)[QUERY]


def _made_safe(
    allowance: Allowance,
    spec: Mapping[str, Any],
    value: Any,
    fields: Callable[[Any], Iterable[Found]],
    as_text: bool,
) -> Any:
    """`value` rewritten until no rule refuses a field of it: the deepest fields first, each
    given its rule's safe value for what it holds by then. A safe value is safe by its rule, so
    it settles at once; a rule that cannot make one (no phonebook allowed) leaves it to the
    gateway's refusal."""
    j = Judged(allowance, spec, as_text)
    for _ in range(3):
        refused = [f for f, reasons in judged(allowance, fields(value), spec, as_text) if reasons]
        if not refused:
            break
        value = copy.deepcopy(value)
        for f in sorted(refused, key=lambda f: len(f.path), reverse=True):
            now = f if f.value is ABSENT else replace(f, value=_get(value, f.path))
            value = _put(value, f.path, RULES[f.kind].safe(j, now))
        value = _without_dropped(value)
    return value


def _get(value: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _put(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    """`value` with `new` at `path` (set in place; the root replaced: a body the spec does not
    declare becomes none at all)."""
    if not path:
        return None if new is DROP else new
    parent = _get(value, path[:-1])
    parent[path[-1]] = new
    return value


def _without_dropped(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_dropped(v) for k, v in value.items() if v is not DROP}
    if isinstance(value, list):
        return [_without_dropped(v) for v in value if v is not DROP]
    return value
