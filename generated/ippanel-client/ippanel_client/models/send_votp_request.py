from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.votp_params import VotpParams


T = TypeVar("T", bound="SendVotpRequest")


@_attrs_define
class SendVotpRequest:
    """Read a one-time code to one number by a voice call.

    Attributes:
        sending_type (Literal['votp']):
        message (str): The code to read out, e.g. `45852`.
        params (VotpParams): Exactly one recipient: the Edge documentation (send/votp.md) allows only one per VOTP.
        send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
            it
            the message is sent at once.
    """

    sending_type: Literal["votp"]
    message: str
    params: VotpParams
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_type = self.sending_type

        message = self.message

        params = self.params.to_dict()

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_type": sending_type,
                "message": message,
                "params": params,
            }
        )
        if send_time is not UNSET:
            field_dict["send_time"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.votp_params import VotpParams  # noqa: PLC0415

        d = dict(src_dict)
        sending_type = cast(Literal["votp"], d.pop("sending_type"))
        if sending_type != "votp":
            raise ValueError(f"sending_type must match const 'votp', got '{sending_type}'")

        message = d.pop("message")

        params = VotpParams.from_dict(d.pop("params"))

        send_time = d.pop("send_time", UNSET)

        send_votp_request = cls(
            sending_type=sending_type,
            message=message,
            params=params,
            send_time=send_time,
        )

        send_votp_request.additional_properties = d
        return send_votp_request

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
