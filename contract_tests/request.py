"""A request at the gateway, read once into a value every rule reads: the scope (classes.py), who
it texts (policy.py), cancel (gateway.py) and what it changes (resources.py). No rule reads the
bytes again, so all of them judge the same reading, and it is the one a server could make."""

from __future__ import annotations

import io
import json
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs, unquote


def canonical(path: str) -> str:
    """The path as a lenient server may route it: /api//send/, /api/%73end and /api/./send are
    all /api/send."""
    return posixpath.normpath("/" + unquote(path).lstrip("/")).lower()


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


class _UnreadableFile(ValueError):
    pass


def _file_text(key: str, data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        raise _UnreadableFile(f"{key}: a zip/XLSX file, whose numbers cannot be checked")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _UnreadableFile(
            f"{key}: a file that is not UTF-8 text, whose numbers cannot be checked"
        ) from None


@dataclass(frozen=True)
class Request:
    method: str  # upper case
    path: str  # canonical
    query: Mapping[str, list[str]]  # every query field, as parse_qs reads it
    # The body's fields: a form's (each a list of its values), or "?body": the JSON value (a body
    # that is not JSON is read as {"recipients": its text}: a number anywhere in it still counts).
    fields: Mapping[str, Any] = field(default_factory=dict)
    files: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # uploaded files' texts
    unreadable: str | None = None  # why the body's fields could not be read: nothing of it is
    unreadable_files: str | None = None  # why an uploaded file could not be read as text

    @classmethod
    def read(cls, method: str, path: str, query: str, content_type: str, body: bytes) -> Request:
        """The request as the server could read it."""
        base = cls(method.upper(), canonical(path), parse_qs(query, keep_blank_values=True))
        if not body:
            return base
        media = content_type.split(";")[0].strip().lower()
        try:
            if media == "multipart/form-data":
                return base._with_multipart(content_type, body)
            if media == "application/x-www-form-urlencoded":
                text = body.decode("utf-8", errors="replace")
                return replace(base, fields=parse_qs(text, keep_blank_values=True))
            text = body.decode("utf-8", errors="replace")
            try:
                return replace(base, fields={"?body": json.loads(text)})
            except ValueError:
                return replace(base, fields={"?body": {"recipients": text}})
        except Exception as exc:  # a body the parser chokes on is one nobody can vouch for
            return replace(base, unreadable=f"an unreadable body ({type(exc).__name__})")

    def _with_multipart(self, content_type: str, body: bytes) -> Request:
        form, uploads = read_multipart(content_type, body)
        files: dict[str, tuple[str, ...]] = {}
        problem = None
        try:
            for key in uploads:
                files[key] = tuple(_file_text(key, u.read()) for u in uploads.getlist(key))
        except _UnreadableFile as exc:
            problem, files = str(exc), {}
        return replace(
            self,
            fields={key: form.getlist(key) for key in form},
            files=files,
            unreadable_files=problem,
        )

    def payload(self, query: bool = True, files: bool = True) -> dict[str, Any]:
        """The request's fields as one mapping: "?query" (the query fields), the body's fields,
        and each file's text under its field's name."""
        out: dict[str, Any] = {"?query": dict(self.query)} if query and self.query else {}
        out.update(self.fields)
        for key, texts in self.files.items() if files else ():
            out[key] = [*out.get(key, []), *texts]
        return out

    @property
    def problem(self) -> str | None:
        """Why the request could not be read fully, or None."""
        return self.unreadable or self.unreadable_files
