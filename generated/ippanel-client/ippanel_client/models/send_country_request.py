from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_target import CountryTarget


T = TypeVar("T", bound="SendCountryRequest")


@_attrs_define
class SendCountryRequest:
    """Send one message to the people of provinces, counties or cities (Edge documentation,
    send/country/index.md), plus any `other_recipients`.

        Attributes:
            sending_type (Literal['country']):
            from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            message (str):
            params (list[CountryTarget]):
            other_recipients (list[str] | Unset): The numbers that receive the message.
            send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
                it
                the message is sent at once.
    """

    sending_type: Literal["country"]
    from_number: str
    message: str
    params: list[CountryTarget]
    other_recipients: list[str] | Unset = UNSET
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_type = self.sending_type

        from_number = self.from_number

        message = self.message

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        other_recipients: list[str] | Unset = UNSET
        if not isinstance(self.other_recipients, Unset):
            other_recipients = self.other_recipients

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_type": sending_type,
                "from_number": from_number,
                "message": message,
                "params": params,
            }
        )
        if other_recipients is not UNSET:
            field_dict["other_recipients"] = other_recipients
        if send_time is not UNSET:
            field_dict["send_time"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_target import CountryTarget  # noqa: PLC0415

        d = dict(src_dict)
        sending_type = cast(Literal["country"], d.pop("sending_type"))
        if sending_type != "country":
            raise ValueError(f"sending_type must match const 'country', got '{sending_type}'")

        from_number = d.pop("from_number")

        message = d.pop("message")

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = CountryTarget.from_dict(params_item_data)

            params.append(params_item)

        other_recipients = cast(list[str], d.pop("other_recipients", UNSET))

        send_time = d.pop("send_time", UNSET)

        send_country_request = cls(
            sending_type=sending_type,
            from_number=from_number,
            message=message,
            params=params,
            other_recipients=other_recipients,
            send_time=send_time,
        )

        send_country_request.additional_properties = d
        return send_country_request

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
