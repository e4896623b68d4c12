from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SendKeywordRequest")


@_attrs_define
class SendKeywordRequest:
    """Send personal messages built from one text and a spreadsheet, as `multipart/form-data`
    (Edge documentation, send/keyword.md): each row is one recipient, and placeholders such as
    `{ex_B}` in `message` take the value of that row's column B.

        Attributes:
            sending_type (Literal['keyword']):
            from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            message (str): The text, with placeholders such as `{ex_B}` for a column of the file.
            files (list[File]): The files, each sent as its own `files[]` part. The documentation shows one file as
                `"files[]": "file.csv"`; the examples here list it as the one item of this array.
            send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
                it
                the message is sent at once.
    """

    sending_type: Literal["keyword"]
    from_number: str
    message: str
    files: list[File]
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_type = self.sending_type

        from_number = self.from_number

        message = self.message

        files = []
        for componentsschemas_uploaded_files_item_data in self.files:
            componentsschemas_uploaded_files_item = componentsschemas_uploaded_files_item_data.to_tuple()

            files.append(componentsschemas_uploaded_files_item)

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_type": sending_type,
                "from_number": from_number,
                "message": message,
                "files[]": files,
            }
        )
        if send_time is not UNSET:
            field_dict["send_time"] = send_time

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("sending_type", (None, self.sending_type, "text/plain")))

        files.append(("from_number", (None, str(self.from_number).encode(), "text/plain")))

        files.append(("message", (None, str(self.message).encode(), "text/plain")))

        for componentsschemas_uploaded_files_item_element in self.files:
            files.append(("files[]", componentsschemas_uploaded_files_item_element.to_tuple()))

        if not isinstance(self.send_time, Unset):
            files.append(("send_time", (None, str(self.send_time).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sending_type = cast(Literal["keyword"], d.pop("sending_type"))
        if sending_type != "keyword":
            raise ValueError(f"sending_type must match const 'keyword', got '{sending_type}'")

        from_number = d.pop("from_number")

        message = d.pop("message")

        files = []
        _files = d.pop("files[]")
        for componentsschemas_uploaded_files_item_data in _files:
            componentsschemas_uploaded_files_item = File(payload=BytesIO(componentsschemas_uploaded_files_item_data))

            files.append(componentsschemas_uploaded_files_item)

        send_time = d.pop("send_time", UNSET)

        send_keyword_request = cls(
            sending_type=sending_type,
            from_number=from_number,
            message=message,
            files=files,
            send_time=send_time,
        )

        send_keyword_request.additional_properties = d
        return send_keyword_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
