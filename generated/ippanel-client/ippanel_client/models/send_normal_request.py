from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipients_params import RecipientsParams


T = TypeVar("T", bound="SendNormalRequest")


@_attrs_define
class SendNormalRequest:
    """Send one message to a list of recipients, quickly.

    Attributes:
        from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        message (str): The text of the message.
        params (RecipientsParams): Who receives a normal, webservice or VOTP message.
        sending_type (Literal['normal']):
        send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
            it
            the message is sent at once.
    """

    from_number: str
    message: str
    params: RecipientsParams
    sending_type: Literal["normal"]
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_number = self.from_number

        message = self.message

        params = self.params.to_dict()

        sending_type = self.sending_type

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_number": from_number,
                "message": message,
                "params": params,
                "sending_type": sending_type,
            }
        )
        if send_time is not UNSET:
            field_dict["send_time"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipients_params import RecipientsParams  # noqa: PLC0415

        d = dict(src_dict)
        from_number = d.pop("from_number")

        message = d.pop("message")

        params = RecipientsParams.from_dict(d.pop("params"))

        sending_type = cast(Literal["normal"], d.pop("sending_type"))
        if sending_type != "normal":
            raise ValueError(f"sending_type must match const 'normal', got '{sending_type}'")

        send_time = d.pop("send_time", UNSET)

        send_normal_request = cls(
            from_number=from_number,
            message=message,
            params=params,
            sending_type=sending_type,
            send_time=send_time,
        )

        send_normal_request.additional_properties = d
        return send_normal_request

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
