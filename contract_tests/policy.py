"""Who a live run may text: the numbers QA listed in IPPANEL_TEST_RECIPIENTS, from the sender in
IPPANEL_FROM_NUMBER. The hooks use `confine` to rewrite each generated request to stay inside
that; the gateway uses `violations` on the bytes about to leave the machine and stops any request
that still reaches someone else, whatever produced it (a hook bug, a check re-sending a request, a
field the hooks do not know)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests.request import Request

# Fields whose values are numbers that receive something: every one of them must be allowed. The
# URL send (GET /api/send/webservice) takes its recipient in the query under any of these aliases
# (send/url.md).
RECIPIENT_ALIASES = frozenset(
    {
        "to",
        "To",
        "recipient",
        "dst",
        "destination",
        "to_number",
        "recipient_number",
        "target",
        "receiver",
    }
)
NUMBER_FIELDS = frozenset(
    {"recipients", "other_recipients", "other_recipients[]", "mobile"} | RECIPIENT_ALIASES
)
# Fields that name the sender: only IPPANEL_FROM_NUMBER may be there (with the URL send's aliases).
SENDER_FIELDS = frozenset(
    {
        "from_number",
        "from",
        "From",
        "sender",
        "src",
        "source",
        "sender_number",
        "origin",
        "originator",
        "caller",
        "caller_id",
        "sms_from",
        "fromNum",
    }
)
# Uploaded files (peer_to_peer_file, keyword, file) list recipients line by line; their whole
# text is checked.
FILE_FIELDS = frozenset({"files[]", "files"})
# A target addresses the people of an area or a job category, nobody QA could list, unless it
# takes nobody from any operator: postal_code and country targets by their mci/irancell/other
# ranges ({start, size}), geolocation and job targets by their `operator` list ([{id, start,
# size}]), every one of size 0 ("a size of 0 uses none"). A geolocation or job target without an
# operator list reaches every operator's subscribers. (Not `pre`: pattern's `phonebook` has one.)
TARGET_KEYS = frozenset(
    {
        "postal_code",
        "bank",
        "gender",
        "age_from",
        "age_to",
        "mci",
        "irancell",
        "other",
        "province_id",
        "county_id",
        "city_id",
        "from_age",
        "to_age",
        "main_category_id",
        "sub_category_id",
        "operator",
    }
)
OPERATOR_RANGES = ("mci", "irancell", "other")
OPERATOR_IDS = (1, 2, 13)  # MCI, Irancell, the others (send/jobs)
RANGE_SENDS = frozenset({"postal_code", "country"})
OPERATOR_SENDS = frozenset({"geolocation", "job"})
# Phonebook sends reach a phonebook's members: only the one QA names (IPPANEL_TEST_PHONEBOOK_ID).
PHONEBOOK_KEYS = frozenset({"phonebook_id", "phonebook_ids"})
PHONEBOOK_SENDS = frozenset({"phonebook", "keyword_phonebook"})
LOUD = "takes people from an operator (a range or operator entry not of size 0, or none at all)"
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


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Allowance:
    recipients: tuple[str, ...]
    from_number: str
    phonebook_id: str | None = None  # IPPANEL_TEST_PHONEBOOK_ID: the only phonebook sent to

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Allowance:
        recipients = tuple(
            r.strip() for r in env.get("IPPANEL_TEST_RECIPIENTS", "").split(",") if r.strip()
        )
        from_number = env.get("IPPANEL_FROM_NUMBER", "").strip()
        if not recipients or not from_number:
            raise ConfigError(
                "IPPANEL_ALLOW_SEND=1 needs IPPANEL_TEST_RECIPIENTS (comma-separated) "
                "and IPPANEL_FROM_NUMBER"
            )
        bad = [r for r in recipients if not re.fullmatch(r"\+[1-9][0-9]{7,14}", r)]
        if bad:
            raise ConfigError(
                f"IPPANEL_TEST_RECIPIENTS must be E.164 numbers like +989120000000, not {bad[0]!r}"
            )
        if not re.fullmatch(r"\+[0-9A-Za-z]{2,20}", from_number):
            raise ConfigError(
                f"IPPANEL_FROM_NUMBER must be a sender number like +983000505, not {from_number!r}"
            )
        phonebook = env.get("IPPANEL_TEST_PHONEBOOK_ID", "").strip() or None
        if phonebook is not None and not phonebook.isdigit():
            raise ConfigError(
                f"IPPANEL_TEST_PHONEBOOK_ID must be a phonebook's numeric id, not {phonebook!r}"
            )
        return cls(recipients, from_number, phonebook)

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

    def confine(self, body: Any, multipart: bool = False, kind: str = "any") -> Any:
        """`body` rewritten to reach only allowed numbers, from the allowed sender, through no
        target but silent ones and no phonebook but QA's. Types and shapes stay as generated
        where they can (a number that was an int stays an int, a list keeps its length), so that
        most negative cases stay negative; schemathesis re-checks the rest after the before_call
        hook. It mirrors `violations` rule for rule, at every depth. `kind`: how a target found
        here picks operators (`target_kind`), from the sending type of the body it is in."""
        if isinstance(body, list):
            return [self.confine(item, multipart, kind) for item in body]
        if not isinstance(body, dict):
            return body
        sending = sending_type(body)
        out: dict[Any, Any] = {}
        for key, value in body.items():
            # A file field in a JSON body (fuzzing adds one anywhere) is checked as a number field.
            # `violations` walks into the value of every field, number fields included, so the
            # swapped value is confined in turn: a target or a `recipients` nested in `mobile`
            # (negative fuzzing makes such shapes) is checked there like anywhere else.
            if key in NUMBER_FIELDS or (key in FILE_FIELDS and not multipart):
                out[key] = self.confine(self._swap(value), multipart)
            elif key in SENDER_FIELDS:
                # A form field is text whatever it was generated as: only the sender may be there.
                keep_type = not (isinstance(value, str) or multipart)
                sender = self._swap(value, sender=True) if keep_type else self.from_number
                out[key] = self.confine(sender, multipart)
            elif key in FILE_FIELDS and multipart:
                files = value if isinstance(value, list) else [value]
                confined = [self._safe_file(f) for f in files]
                out[key] = confined if isinstance(value, list) else confined[0]
            elif key in PHONEBOOK_KEYS and self.phonebook_id is not None:
                out[key] = self.confine(self._phonebook(value), multipart)
            elif key == "params" and sending is not None:
                out[key] = self.confine(value, multipart, target_kind(sending))
            else:
                out[key] = self.confine(value, multipart)
        params = out.get("params")
        items = params if isinstance(params, list) else [params]
        if sending in RANGE_SENDS | OPERATOR_SENDS:
            items = [silence(t, target_kind(sending)) if isinstance(t, dict) else t for t in items]
        if sending in PHONEBOOK_SENDS and self.phonebook_id is not None:
            items = [
                {**t, "phonebook_id": self._phonebook(0)}
                if isinstance(t, dict) and not PHONEBOOK_KEYS & t.keys()
                else t
                for t in items
            ]
        if "params" in out:
            out["params"] = items if isinstance(params, list) else items[0]
        if TARGET_KEYS & out.keys():
            out = silence(out, kind)
        return out

    def _phonebook(self, value: Any) -> Any:
        """Every phonebook id in `value` replaced by QA's, in its type."""
        assert self.phonebook_id is not None
        if isinstance(value, list):
            return [self._phonebook(v) for v in value]
        if isinstance(value, dict):  # its keys name phonebooks too (`violations` reads them)
            return [self._phonebook(v) for v in value.values()]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(self.phonebook_id)  # 77, never 77.0: the id is compared as text
        return self.phonebook_id  # a string, and a bool or null, which name no phonebook

    def _safe_file(self, file: Any) -> Any:
        """An uploaded file (bytes or text) replaced by a CSV of allowed numbers, in its type."""
        if isinstance(file, bytes):
            return self.safe_csv()
        if isinstance(file, str):
            return self.safe_csv().decode()
        if isinstance(file, (dict, list)):
            return self.safe_csv()  # a part is bytes: an object or list cannot be one as it is
        return self._swap(file)

    def _swap(self, value: Any, sender: bool = False) -> Any:
        """Every number in `value` that is not allowed replaced by an allowed one, in its type."""
        allowed = self.from_number if sender else self.recipients[0]
        # The sender's field may hold the sender only (as `violations` checks it), not a recipient.
        ok = self.is_sender if sender else self.allows
        if isinstance(value, bool) or value is None:
            return value
        # A number is checked as JSON reads it and as a form field writes it (1.2345678e+25).
        if isinstance(value, (int, float)) and not all(
            map(ok, numbers_in(value) + numbers_in(str(value)))
        ):
            digits = re.sub(r"\D", "", allowed)
            return type(value)(digits if digits and not sender else 0)
        if isinstance(value, str) and not all(map(ok, numbers_in(value))):
            return allowed
        if isinstance(value, list):
            return [self._swap(v, sender) for v in value]
        if isinstance(value, dict):
            return {self._swap(k, sender): self._swap(v, sender) for k, v in value.items()}
        return value

    def violations(self, payload: Any) -> list[str]:
        """Why `payload` (a parsed request: JSON, form fields, file texts, query fields) may reach
        someone who is not allowed. Empty when it may go."""
        found: list[str] = []

        def walk(value: Any, kind: str = "any") -> None:
            if isinstance(value, list):
                for item in value:
                    walk(item, kind)
                return
            if not isinstance(value, dict):
                return
            sending = sending_type(value)
            if TARGET_KEYS & value.keys() and target_problem(value, kind):
                found.append(f"a target {LOUD}")
            params = value.get("params")
            items = params if isinstance(params, list) else [params]
            for target in items if sending in RANGE_SENDS | OPERATOR_SENDS else []:
                if isinstance(target, dict) and target_problem(target, target_kind(sending)):
                    found.append(f"a {sending} send whose target {LOUD}")
            for target in items if sending in PHONEBOOK_SENDS else []:
                if isinstance(target, dict) and not PHONEBOOK_KEYS & target.keys():
                    found.append(f"a {sending} send whose target names no phonebook")
            for key, item in value.items():
                if key in NUMBER_FIELDS or key in FILE_FIELDS:
                    found.extend(
                        f"{key}: {mask(n)} is not in IPPANEL_TEST_RECIPIENTS"
                        for n in numbers_in(item)
                        if not self.allows(n)
                    )
                elif key in SENDER_FIELDS:
                    if isinstance(item, list) and len(item) == 1:
                        item = item[0]  # a form field
                    if (isinstance(item, str) and item != self.from_number) or not all(
                        map(self.is_sender, numbers_in(item))
                    ):
                        found.append(f"{key} {str(item)[:24]!r} is not IPPANEL_FROM_NUMBER")
                elif key in PHONEBOOK_KEYS:
                    found.extend(
                        f"{key}: phonebook {str(i)[:24]!r} is not IPPANEL_TEST_PHONEBOOK_ID"
                        for i in scalars(item)
                        if isinstance(i, bool) or str(i).strip() != self.phonebook_id
                    )
                walk(item, target_kind(sending) if key == "params" and sending else "any")

        walk(payload)
        return list(dict.fromkeys(found))


def sending_type(body: dict[Any, Any]) -> str | None:
    """The body's sending type (a form field comes as a one-item list)."""
    value = body.get("sending_type")
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, str) else None


def target_kind(sending: str | None) -> str:
    """How a target of this sending type picks operators: "ranges" (mci/irancell/other),
    "operators" (an `operator` list), or "any" when the type does not say: then it must be
    silent both ways."""
    if sending in RANGE_SENDS:
        return "ranges"
    if sending in OPERATOR_SENDS:
        return "operators"
    return "any"


def silence(target: dict[str, Any], kind: str = "any") -> dict[str, Any]:
    """A target that reaches nobody: every operator range and operator entry of size 0, with
    those its kind needs added."""
    out = dict(target)
    for name in OPERATOR_RANGES:
        if name in out or kind in ("ranges", "any"):
            start = out[name].get("start", 0) if isinstance(out.get(name), dict) else 0
            out[name] = {
                **(out[name] if isinstance(out.get(name), dict) else {}),
                "start": start,
                "size": 0,
            }
    if "operator" in out or kind in ("operators", "any"):
        given = out.get("operator")
        entries = [e for e in given if isinstance(e, dict)] if isinstance(given, list) else []
        out["operator"] = [{**e, "size": 0} for e in entries] or [
            {"id": i, "start": 0, "size": 0} for i in OPERATOR_IDS
        ]
    return out


def target_problem(target: dict[str, Any], kind: str = "any") -> bool:
    """Whether `target` may reach people (see TARGET_KEYS)."""

    def zero(entry: Any) -> bool:
        return isinstance(entry, dict) and type(entry.get("size")) is int and entry["size"] == 0

    if any(
        (name in target or kind in ("ranges", "any")) and not zero(target.get(name))
        for name in OPERATOR_RANGES
    ):
        return True
    operators = target.get("operator")
    return ("operator" in target or kind in ("operators", "any")) and not (
        isinstance(operators, list) and operators and all(map(zero, operators))
    )


def is_silent(target: dict[str, Any], kind: str = "any") -> bool:
    return not target_problem(target, kind)


def walk_items(value: Any) -> list[tuple[Any, Any]]:
    """Every (key, value) pair of every mapping in `value`, at any depth."""
    if isinstance(value, dict):
        return [(k, v) for k, v in value.items()] + [
            pair for v in value.values() for pair in walk_items(v)
        ]
    if isinstance(value, list):
        return [pair for v in value for pair in walk_items(v)]
    return []


def scalars(value: Any) -> list[Any]:
    """The values in `value` that are not containers, at any depth."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in scalars(k) + scalars(v)]
    if isinstance(value, list):
        return [s for v in value for s in scalars(v)]
    return [value]


def mask(number: str) -> str:
    """A number as it may appear in the run's output: enough to recognise it, not to dial it."""
    return number[:4] + "…" + number[-2:] if len(number) > 6 else number


def request_violations(allowance: Allowance, request: Request) -> list[str]:
    """Why `request` may reach someone who is not allowed: everything it says, query, fields and
    files, judged whole. A request that could not be read fully is one nobody can vouch for."""
    if request.problem is not None:
        return [request.problem]
    return allowance.violations(request.payload())
