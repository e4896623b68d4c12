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


@dataclass(frozen=True)
class Request:
    method: str  # upper case
    path: str  # canonical
    query: Mapping[str, list[str]]  # every query field, as parse_qs reads it
    media: str | None = None  # the body's media type, lower case ("" untyped); None: no body
    # The body's fields: a form's (each a list of its values), or "?body": the JSON value.
    fields: Mapping[str, Any] = field(default_factory=dict)
    # Uploaded files' bytes, by field: whether their numbers can be read is the policy's to say.
    files: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)
    unreadable: str | None = None  # why the body's fields could not be read: nothing of it is

    @classmethod
    def read(cls, method: str, path: str, query: str, content_type: str, body: bytes) -> Request:
        """The request as the server could read it."""
        base = cls(method.upper(), canonical(path), parse_qs(query, keep_blank_values=True))
        if not body:
            return base
        media = content_type.split(";")[0].strip().lower()
        base = replace(base, media=media)
        try:
            if media == "multipart/form-data":
                return base._with_multipart(content_type, body)
            if media == "application/x-www-form-urlencoded":
                text = body.decode("utf-8", errors="replace")
                return replace(base, fields=parse_qs(text, keep_blank_values=True))
            try:
                return replace(base, fields={"?body": json.loads(body.decode("utf-8"))})
            except ValueError:  # nothing of it can be judged field by field
                return replace(base, unreadable=f"a {media or 'untyped'} body that is not JSON")
        except Exception as exc:  # a body the parser chokes on is one nobody can vouch for
            return replace(base, unreadable=f"an unreadable body ({type(exc).__name__})")

    def _with_multipart(self, content_type: str, body: bytes) -> Request:
        form, uploads = read_multipart(content_type, body)
        return replace(
            self,
            fields={key: form.getlist(key) for key in form},
            files={key: tuple(u.read() for u in uploads.getlist(key)) for key in uploads},
        )

    @property
    def body(self) -> Any:
        """The body as the spec's schemas see it: JSON's value, or a form's fields and files as
        one mapping (each field a list of its values and file texts)."""
        if "?body" in self.fields:
            return self.fields["?body"]
        return self.payload(query=False)

    def payload(self, query: bool = True, files: bool = True) -> dict[str, Any]:
        """The request's fields as one mapping: "?query" (the query fields), the body's fields,
        and each file's bytes under its field's name."""
        out: dict[str, Any] = {"?query": dict(self.query)} if query and self.query else {}
        out.update(self.fields)
        for key, texts in self.files.items() if files else ():
            out[key] = [*out.get(key, []), *texts]
        return out

    @property
    def problem(self) -> str | None:
        """Why the request could not be read fully, or None."""
        return self.unreadable
