"""Settings read from the environment, each declared once: its name, its default, one line for
the docs, and how its text becomes a value. A tool reads all of its settings in one call and
stops on the first it cannot use, said in one line; its guide's table is `table(...)`'s, checked
by a test against the page.

    PORT = Setting("PROXY_PORT", "4011", "the port to listen on", port)
    values = read((PORT, ...), os.environ)      # {"PROXY_PORT": 4011, ...} or Refusal
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


class Refusal(Exception):
    """A setting the tool cannot run with, said in one line."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # as it would be written in the environment; "" for none
    what: str  # one line for the docs' table
    parse: Callable[[str], Any]  # the value, or ValueError saying what it must be
    example: str = ""  # for a required setting's refusal: a value to copy

    @property
    def required(self) -> bool:
        return not self.default and bool(self.example)


def read(settings: Sequence[Setting], env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for setting in settings:
        text = env.get(setting.name, "").strip() or setting.default
        if not text and setting.required:
            raise Refusal(f"{setting.name} is not set: {setting.what}, e.g. {setting.example}")
        try:
            values[setting.name] = setting.parse(text)
        except ValueError as exc:
            raise Refusal(f"{setting.name}: {exc}") from None
    return values


def table(settings: Sequence[Setting]) -> str:
    """The Markdown table a guide shows of these settings."""
    rows = ["| setting | default | what it does |", "|---|---|---|"]
    for s in settings:
        default = f"`{s.default}`" if s.default else ("required" if s.required else "none")
        rows.append(f"| `{s.name}` | {default} | {s.what} |")
    return "\n".join(rows)


# --- parsers ----------------------------------------------------------------------------------


def port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"must be a port number (1-65535), not {text!r}")
    return int(text)


def positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not value > 0:
        raise ValueError(f"must be a positive number, not {text!r}")
    return value


def whole_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"must be a whole number of at least 1, not {text!r}")
    return int(text)


def switch(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError(f"must be 1 (on) or 0 (off), not {text!r}")
    return text == "1"


def one_of(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if text not in choices:
            shown = " or ".join(repr(c) if c else "unset" for c in choices)
            raise ValueError(f"must be {shown}, not {text!r}")
        return text

    return parse


def text(value: str) -> str:
    return value
