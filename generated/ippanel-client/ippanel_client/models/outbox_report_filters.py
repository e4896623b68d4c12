from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_state import BulkState
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboxReportFilters")


@_attrs_define
class OutboxReportFilters:
    """Filters of the outbox report, all optional; the dates are Unix timestamps as strings.

    Attributes:
        username (str | Unset): The sender's username; `*` is a wildcard.
        number (str | Unset): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        messages_outbox_id (str | Unset): A whole number written as a string of digits (the API returns many ids this
            way).
        create_from_date (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a
            string.
        create_to_date (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a string.
        send_from_date (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a string.
        send_to_date (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a string.
        from_exit_count (int | Unset): The least number of messages sent out (`exit_count`).
        to_exit_count (int | Unset): The greatest number of messages sent out (`exit_count`).
        message (str | Unset): Text the message contains.
        state_id (BulkState | Unset): Where a bulk (one send request) stands, as the outbox report's `state_id` filter
            takes it (a
            string of one digit; a bulk's own `state_id` is the same number as an integer). Any other value
            gives the 422 `400-31` "invalid state".

            | value | meaning |
            |---|---|
            | `0` | being created |
            | `1` | created, in the monitoring (review) queue |
            | `2` | being sent |
            | `3` | rejected by the monitoring system |
            | `4` | its recipients were wrong or invalid |
            | `5` | in the send queue |
            | `6` | sent |
            | `7` | cancelled |
            | `8` | not sent: insufficient credit |
            | `9` | not sent: a system error |
    """

    username: str | Unset = UNSET
    number: str | Unset = UNSET
    messages_outbox_id: str | Unset = UNSET
    create_from_date: str | Unset = UNSET
    create_to_date: str | Unset = UNSET
    send_from_date: str | Unset = UNSET
    send_to_date: str | Unset = UNSET
    from_exit_count: int | Unset = UNSET
    to_exit_count: int | Unset = UNSET
    message: str | Unset = UNSET
    state_id: BulkState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        number = self.number

        messages_outbox_id = self.messages_outbox_id

        create_from_date = self.create_from_date

        create_to_date = self.create_to_date

        send_from_date = self.send_from_date

        send_to_date = self.send_to_date

        from_exit_count = self.from_exit_count

        to_exit_count = self.to_exit_count

        message = self.message

        state_id: str | Unset = UNSET
        if not isinstance(self.state_id, Unset):
            state_id = self.state_id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if number is not UNSET:
            field_dict["number"] = number
        if messages_outbox_id is not UNSET:
            field_dict["messages_outbox_id"] = messages_outbox_id
        if create_from_date is not UNSET:
            field_dict["create_from_date"] = create_from_date
        if create_to_date is not UNSET:
            field_dict["create_to_date"] = create_to_date
        if send_from_date is not UNSET:
            field_dict["send_from_date"] = send_from_date
        if send_to_date is not UNSET:
            field_dict["send_to_date"] = send_to_date
        if from_exit_count is not UNSET:
            field_dict["from_exit_count"] = from_exit_count
        if to_exit_count is not UNSET:
            field_dict["to_exit_count"] = to_exit_count
        if message is not UNSET:
            field_dict["message"] = message
        if state_id is not UNSET:
            field_dict["state_id"] = state_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        number = d.pop("number", UNSET)

        messages_outbox_id = d.pop("messages_outbox_id", UNSET)

        create_from_date = d.pop("create_from_date", UNSET)

        create_to_date = d.pop("create_to_date", UNSET)

        send_from_date = d.pop("send_from_date", UNSET)

        send_to_date = d.pop("send_to_date", UNSET)

        from_exit_count = d.pop("from_exit_count", UNSET)

        to_exit_count = d.pop("to_exit_count", UNSET)

        message = d.pop("message", UNSET)

        _state_id = d.pop("state_id", UNSET)
        state_id: BulkState | Unset
        if isinstance(_state_id, Unset):
            state_id = UNSET
        else:
            state_id = BulkState(_state_id)

        outbox_report_filters = cls(
            username=username,
            number=number,
            messages_outbox_id=messages_outbox_id,
            create_from_date=create_from_date,
            create_to_date=create_to_date,
            send_from_date=send_from_date,
            send_to_date=send_to_date,
            from_exit_count=from_exit_count,
            to_exit_count=to_exit_count,
            message=message,
            state_id=state_id,
        )

        outbox_report_filters.additional_properties = d
        return outbox_report_filters

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
