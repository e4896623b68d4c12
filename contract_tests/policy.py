"""Who a live run may text: the numbers QA listed in IPPANEL_TEST_RECIPIENTS, from the sender in
IPPANEL_FROM_NUMBER. The hooks use `confine` to rewrite each generated request to stay inside
that; the gateway uses `violations` on the bytes about to leave the machine and stops any request
that still reaches someone else, whatever produced it (a hook bug, a check re-sending a request, a
field the hooks do not know)."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qs

from kit.spec import bundle

# Fields whose values are numbers that receive something: every one of them must be allowed.
NUMBER_FIELDS = frozenset({"recipients", "other_recipients", "mobile"})
# Uploaded peer-to-peer files list recipients line by line; their whole text is checked.
FILE_FIELDS = frozenset({"files[]", "files"})
# A postal-code target addresses the people of an area, nobody QA could list, unless every
# operator range in it has size 0 ("a size of 0 uses none", says the spec).
TARGET_KEYS = frozenset(
    {"postal_code", "bank", "gender", "age_from", "age_to", "mci", "irancell", "other"}
)
OPERATOR_RANGES = ("mci", "irancell", "other")
LOUD = "has an operator range not of size 0 (it reaches people nobody listed)"
SAFE_CSV = b"recipient,message\n"  # + one line per allowed number, see `safe_csv`
SAFE_MESSAGE = "contract test"


@cache
def sms_operations() -> dict[str, str]:
    """operationId -> path of every operation the spec marks `x-ippanel-sends-sms: true`."""
    spec = bundle()
    return {
        op["operationId"]: path
        for path, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and op.get("x-ippanel-sends-sms") is True
    }


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
        return cls(recipients, from_number)

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

    def confine(self, body: Any, multipart: bool = False) -> Any:
        """`body` rewritten to reach only allowed numbers, from the allowed sender. Types and
        shapes stay as generated where they can (a number that was an int stays an int, a list
        keeps its length), so that most negative cases stay negative; schemathesis re-checks the
        rest after the before_call hook."""
        if isinstance(body, list):
            return [self.confine(item, multipart) for item in body]
        if not isinstance(body, dict):
            return body
        out: dict[Any, Any] = {}
        for key, value in body.items():
            # A file field in a JSON body (fuzzing adds one anywhere) is checked as a number field.
            # `violations` walks into the value of every field, number fields included, so the
            # swapped value is confined in turn: a target or a `recipients` nested in `mobile`
            # (negative fuzzing makes such shapes) is checked there like anywhere else.
            if key in NUMBER_FIELDS or (key in FILE_FIELDS and not multipart):
                out[key] = self.confine(self._swap(value), multipart)
            elif key == "from_number":
                # A form field is text whatever it was generated as: only the sender may be there.
                keep_type = not (isinstance(value, str) or multipart)
                sender = self._swap(value, sender=True) if keep_type else self.from_number
                out[key] = self.confine(sender, multipart)
            elif key in FILE_FIELDS and multipart:
                files = value if isinstance(value, list) else [value]
                confined = [self._safe_file(f) for f in files]
                out[key] = confined if isinstance(value, list) else confined[0]
            else:
                out[key] = self.confine(value, multipart)
        params = out.get("params")
        if out.get("sending_type") == "postal_code" and isinstance(params, (list, dict)):
            out["params"] = (
                silence(params)
                if isinstance(params, dict)
                else [silence(p) if isinstance(p, dict) else p for p in params]
            )
        if TARGET_KEYS & out.keys():
            out = silence(out)
        return out

    def _safe_file(self, file: Any) -> Any:
        """An uploaded file (bytes or text) replaced by a CSV of allowed numbers, in its type."""
        if isinstance(file, bytes):
            return self.safe_csv()
        if isinstance(file, str):
            return self.safe_csv().decode()
        return self._swap(file)

    def _swap(self, value: Any, sender: bool = False) -> Any:
        """Every number in `value` that is not allowed replaced by an allowed one, in its type."""
        allowed = self.from_number if sender else self.recipients[0]
        # The sender's field may hold the sender only (as `violations` checks it), not a recipient.
        ok = self.is_sender if sender else self.allows
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)) and not all(map(ok, numbers_in(value))):
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
        """Why `payload` (a parsed request: JSON, form fields, file texts) may reach someone who is
        not allowed. Empty when it may go."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, list):
                for item in value:
                    walk(item)
                return
            if not isinstance(value, dict):
                return
            if TARGET_KEYS & value.keys() and not is_silent(value):
                found.append(f"a postal-code target {LOUD}")
            if value.get("sending_type") in ("postal_code", ["postal_code"]):
                params = value.get("params")
                for target in params if isinstance(params, list) else [params]:
                    if isinstance(target, dict) and not is_silent(target):
                        found.append(f"a postal_code send whose target {LOUD}")
            for key, item in value.items():
                if key in NUMBER_FIELDS or key in FILE_FIELDS:
                    found.extend(
                        f"{key}: {mask(n)} is not in IPPANEL_TEST_RECIPIENTS"
                        for n in numbers_in(item)
                        if not self.allows(n)
                    )
                elif key == "from_number":
                    if isinstance(item, list) and len(item) == 1:
                        item = item[0]  # a form field
                    if (isinstance(item, str) and item != self.from_number) or not all(
                        map(self.is_sender, numbers_in(item))
                    ):
                        found.append(f"from_number {str(item)[:24]!r} is not IPPANEL_FROM_NUMBER")
                walk(item)

        walk(payload)
        return found


def silence(target: dict[str, Any]) -> dict[str, Any]:
    """A postal-code target that reaches nobody: every operator range of size 0."""
    out = dict(target)
    for name in OPERATOR_RANGES:
        start = out[name].get("start", 0) if isinstance(out.get(name), dict) else 0
        out[name] = {
            **(out[name] if isinstance(out.get(name), dict) else {}),
            "start": start,
            "size": 0,
        }
    return out


def is_silent(target: dict[str, Any]) -> bool:
    return all(
        isinstance(target.get(name), dict)
        and type(target[name].get("size")) is int
        and target[name]["size"] == 0
        for name in OPERATOR_RANGES
    )


def mask(number: str) -> str:
    """A number as it may appear in the run's output: enough to recognise it, not to dial it."""
    return number[:4] + "…" + number[-2:] if len(number) > 6 else number


class Unreadable(ValueError):
    """A body the gateway cannot read completely, so it cannot tell who it reaches."""


def read_multipart(content_type: str, body: bytes) -> tuple[Any, Any]:
    """The form fields and the files (parts with a filename) of a multipart body, as werkzeug's
    MultiDicts."""
    from werkzeug.formparser import parse_form_data

    environ = {
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
        "REQUEST_METHOD": "POST",
    }
    _, form, files = parse_form_data(environ)
    return form, files


def parse_request(content_type: str, body: bytes, query: str) -> dict[str, Any]:
    """The request as the server could read it: query fields, then JSON, form fields or files."""
    parsed: dict[str, Any] = {"?query": parse_qs(query, keep_blank_values=True)} if query else {}
    media = content_type.split(";")[0].strip().lower()
    if not body:
        return parsed
    if media == "multipart/form-data":
        form, files = read_multipart(content_type, body)
        parsed.update({key: form.getlist(key) for key in form})
        for key in files:
            texts = []
            for upload in files.getlist(key):
                data = upload.read()
                if data.startswith(b"PK\x03\x04"):
                    raise Unreadable(f"{key}: a zip/XLSX file, whose numbers cannot be checked")
                try:
                    texts.append(data.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    raise Unreadable(
                        f"{key}: a file that is not UTF-8 text, whose numbers cannot be checked"
                    ) from exc
            parsed.setdefault(key, []).extend(texts)
        return parsed
    if media == "application/x-www-form-urlencoded":
        parsed.update(parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True))
        return parsed
    text = body.decode("utf-8", errors="replace")
    try:
        parsed["?body"] = json.loads(text)
    except ValueError:
        # Not JSON: no server reads fields out of it, but a number anywhere in it still counts.
        parsed["?body"] = {"recipients": text}
    return parsed


def request_violations(
    allowance: Allowance, content_type: str, body: bytes, query: str
) -> list[str]:
    try:
        payload = parse_request(content_type, body, query)
    except Unreadable as exc:
        return [str(exc)]
    except Exception as exc:  # a body the parser chokes on is one nobody can vouch for
        return [f"an unreadable body ({type(exc).__name__})"]
    return allowance.violations(payload)
