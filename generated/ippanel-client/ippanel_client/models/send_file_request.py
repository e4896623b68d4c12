from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SendFileRequest")


@_attrs_define
class SendFileRequest:
    """Send one message to the numbers listed in one or more files (CSV or XLSX), as
    `multipart/form-data` (Edge documentation, send/file.md).

        Attributes:
            sending_type (Literal['file']):
            from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            message (str):
            files (list[File]): The files, each sent as its own `files[]` part. The documentation shows one file as
                `"files[]": "file.csv"`; the examples here list it as the one item of this array.
            send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
                it
                the message is sent at once.
            other_recipients (list[str] | Unset): Numbers that also receive the message, besides the files', each sent as
                its own
                `other_recipients[]` part (as the documentation's curl does).
    """

    sending_type: Literal["file"]
    from_number: str
    message: str
    files: list[File]
    send_time: str | Unset = UNSET
    other_recipients: list[str] | Unset = UNSET
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

        other_recipients: list[str] | Unset = UNSET
        if not isinstance(self.other_recipients, Unset):
            other_recipients = self.other_recipients

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
        if other_recipients is not UNSET:
            field_dict["other_recipients[]"] = other_recipients

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

        if not isinstance(self.other_recipients, Unset):
            for other_recipients_item_element in self.other_recipients:
                files.append(("other_recipients[]", (None, str(other_recipients_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sending_type = cast(Literal["file"], d.pop("sending_type"))
        if sending_type != "file":
            raise ValueError(f"sending_type must match const 'file', got '{sending_type}'")

        from_number = d.pop("from_number")

        message = d.pop("message")

        files = []
        _files = d.pop("files[]")
        for componentsschemas_uploaded_files_item_data in _files:
            componentsschemas_uploaded_files_item = File(payload=BytesIO(componentsschemas_uploaded_files_item_data))

            files.append(componentsschemas_uploaded_files_item)

        send_time = d.pop("send_time", UNSET)

        other_recipients = cast(list[str], d.pop("other_recipients[]", UNSET))

        send_file_request = cls(
            sending_type=sending_type,
            from_number=from_number,
            message=message,
            files=files,
            send_time=send_time,
            other_recipients=other_recipients,
        )

        send_file_request.additional_properties = d
        return send_file_request

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
