from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_ticket_request_sms_notification import CreateTicketRequestSmsNotification
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateTicketRequest")


@_attrs_define
class CreateTicketRequest:
    """A new ticket, as `multipart/form-data`, with an optional file.

    Attributes:
        subject (str): The ticket's subject.
        category_id (str): A whole number written as a string of digits (the API returns many ids this way).
        description (str): The ticket's text.
        sms_notification (CreateTicketRequestSmsNotification | Unset): `1`: text the user when the ticket is updated;
            `0` (the default): do not. Default: CreateTicketRequestSmsNotification.OFF.
        file (File | Unset): A file to attach.
    """

    subject: str
    category_id: str
    description: str
    sms_notification: CreateTicketRequestSmsNotification | Unset = CreateTicketRequestSmsNotification.OFF
    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        category_id = self.category_id

        description = self.description

        sms_notification: str | Unset = UNSET
        if not isinstance(self.sms_notification, Unset):
            sms_notification = self.sms_notification.value

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "category_id": category_id,
                "description": description,
            }
        )
        if sms_notification is not UNSET:
            field_dict["sms_notification"] = sms_notification
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("subject", (None, str(self.subject).encode(), "text/plain")))

        files.append(("category_id", (None, str(self.category_id).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.sms_notification, Unset):
            files.append(("sms_notification", (None, str(self.sms_notification.value).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        category_id = d.pop("category_id")

        description = d.pop("description")

        _sms_notification = d.pop("sms_notification", UNSET)
        sms_notification: CreateTicketRequestSmsNotification | Unset
        if isinstance(_sms_notification, Unset):
            sms_notification = UNSET
        else:
            sms_notification = CreateTicketRequestSmsNotification(_sms_notification)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        create_ticket_request = cls(
            subject=subject,
            category_id=category_id,
            description=description,
            sms_notification=sms_notification,
            file=file,
        )

        create_ticket_request.additional_properties = d
        return create_ticket_request

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
