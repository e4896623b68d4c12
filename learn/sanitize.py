"""What recorded traffic may carry that is personal or secret, found and replaced by a
placeholder of the same shape (digits by 0, letters by x, the form kept): the one place that
decides what a report, an overlay or a learned example may show.

Found by name (a header, query parameter or body field called like a token, key or password), by
value (a secret seen anywhere in the traffic is scrubbed everywhere), and by pattern: Iranian
mobile numbers in every form (+98912…, 0098912…, 0912…, 912…, in Latin, Persian or Arabic digits),
emails, national codes (with their check digit), card numbers (any 16 digits, grouped or not)
and IBANs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

# Persian and Arabic-Indic digits read as Latin ones, and the way back.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
D = "[0-9۰-۹٠-٩]"
# Names of what holds a secret, wherever it is (header, query, body field).
SECRET_NAME = re.compile(
    r"(auth|token|secret|passw|api[-_]?key|apikey|otp|cookie|session|signature|credential)", re.I
)
# Names of what holds personal data: its whole value goes, whatever it looks like.
PERSONAL_NAME = re.compile(
    r"(mobile|phone|email|national|card|iban|sheba|address|postal|birth|recipient)", re.I
)

NINE = "[9۹٩]"
MOBILE = re.compile(rf"(?<!{D})(\+98|0098|00۹۸|۰۰۹۸|\+۹۸|98|۹۸|0|۰|٠|)({NINE}{D}{{9}})(?!{D})")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IBAN = re.compile(rf"\bIR{D}{{2}}[ ]?(?:{D}{{4}}[ ]?){{5}}{D}{{2}}\b", re.I)
CARD = re.compile(rf"(?<!{D})(?:{D}{{4}}[- ]?){{3}}{D}{{4}}(?!{D})")
TEN_DIGITS = re.compile(rf"(?<!{D}){D}{{10}}(?!{D})")
# What a token looks like in free text: a long run of letters and digits with both in it.
TOKEN_LIKE = re.compile(r"\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}\b")


def latin(text: str) -> str:
    return text.translate(_DIGITS)


def national_code(text: str) -> bool:
    digits = [int(c) for c in latin(text)]
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    rest = sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return digits[9] == (rest if rest < 2 else 11 - rest)


def shape(text: str) -> str:
    """A placeholder of the same shape: each digit 0 (in its own script), each letter x."""
    out = []
    for c in text:
        if c in "۰۱۲۳۴۵۶۷۸۹":
            out.append("۰")
        elif c in "٠١٢٣٤٥٦٧٨٩":
            out.append("٠")
        elif c.isdigit():
            out.append("0")
        elif c.isalpha():
            out.append("x")
        else:
            out.append(c)
    return "".join(out)


def _mobile(match: re.Match[str]) -> str:
    # The form stays (+98, 0098, 0 or none), in its script; the number becomes 912 000 0000.
    number = match.group(2)
    script = {"۹": "۰۱۲۳۴۵۶۷۸۹", "٩": "٠١٢٣٤٥٦٧٨٩"}.get(number[0], "0123456789")
    return match.group(1) + "9120000000".translate(str.maketrans("0123456789", script))


class Sanitizer:
    """Scrubs text and JSON values; `secrets` are values seen where a secret goes (an
    Authorization header, an apikey query parameter, a password field), scrubbed wherever they
    appear again."""

    def __init__(self, secrets: Iterable[str] = (), keep: int | None = None) -> None:
        # The order they were learned in, newest last; with `keep`, the newest `keep` only (a
        # proxy that runs all day sees a token per login).
        self._learned: dict[str, None] = {}
        self.keep = keep
        self.secrets: list[str] = []
        for secret in secrets:
            self.learn_secret(secret)

    def learn_secret(self, value: str) -> None:
        if len(value) < 4:
            return
        if value in self._learned:
            if self.keep is not None:  # seen again: the newest
                self._learned[value] = self._learned.pop(value)
            return
        self._learned[value] = None
        if self.keep is not None and len(self._learned) > self.keep:
            del self._learned[next(iter(self._learned))]
        self.secrets = sorted(self._learned, key=len, reverse=True)

    def text(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, shape(secret))
        text = EMAIL.sub(lambda m: "user@example.com", text)
        text = IBAN.sub(lambda m: m.group(0)[:2] + shape(m.group(0)[2:]), text)
        text = CARD.sub(lambda m: shape(m.group(0)), text)
        text = MOBILE.sub(_mobile, text)
        text = TEN_DIGITS.sub(
            lambda m: shape(m.group(0)) if national_code(m.group(0)) else m.group(0), text
        )
        return TOKEN_LIKE.sub(lambda m: shape(m.group(0)), text)

    def value(self, value: Any, name: str = "") -> Any:
        """A JSON value with everything personal or secret replaced, its types kept; `name` is
        the field it is the value of."""
        if isinstance(value, dict):
            return {k: self.value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, name) for v in value]
        if isinstance(value, bool) or value is None:
            return value
        by_name = bool(SECRET_NAME.search(name) or PERSONAL_NAME.search(name))
        if isinstance(value, int):
            text = str(value)
            scrubbed = shape(text) if by_name and not MOBILE.fullmatch(text) else self.text(text)
            return value if scrubbed == text else int(scrubbed.replace("x", "0") or 0)
        if isinstance(value, float):
            return value
        text = str(value)
        # A whole mobile number or email keeps its form (a recording learned from again must
        # not break a pattern the real value met); anything else under such a name goes whole.
        if by_name and not EMAIL.fullmatch(text) and not MOBILE.fullmatch(text):
            return shape(text)
        return self.text(text)

    def headers(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, shape(v) if SECRET_NAME.search(k) else self.text(v)) for k, v in headers]

    def query(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [
            (k, shape(v) if SECRET_NAME.search(k) or PERSONAL_NAME.search(k) else self.text(v))
            for k, v in pairs
        ]

    def url(self, url: str) -> str:
        """A URL without user:password@, its path and query scrubbed."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = host + (f":{parts.port}" if parts.port else "")
        query = "&".join(
            f"{quote(k)}={quote(v, safe='+')}"
            for k, v in self.query(parse_qsl(parts.query, keep_blank_values=True))
        )
        return urlunsplit((parts.scheme, netloc, self.text(parts.path), query, ""))


def secrets_of(
    headers: Iterable[tuple[str, str]], query: Iterable[tuple[str, str]], body: Any
) -> list[str]:
    """The values a request carried where secrets go: named headers and query parameters, and
    body fields named like a token, key or password."""
    found = [v for k, v in [*headers, *query] if SECRET_NAME.search(k) and v]
    found += [v.split(" ", 1)[-1] for k, v in headers if k.lower() == "authorization" and v]

    def walk(node: Any, name: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, str(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, name)
        elif isinstance(node, str) and SECRET_NAME.search(name) and node:
            found.append(node)

    walk(body)
    return found
