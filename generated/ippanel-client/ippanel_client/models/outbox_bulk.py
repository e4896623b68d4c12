from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboxBulk")


@_attrs_define
class OutboxBulk:
    """One bulk of the outbox: a send request, not its single messages (those are the recipients
    list). Ids, counts and times come as strings of digits; `cost` is in Rials.

        Attributes:
            number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            messages_outbox_id (str): A whole number written as a string of digits (the API returns many ids this way).
            state (str): The state's name, e.g. `finish`.
            type_ (str): How it was sent, e.g. `pattern`, `pattern_transactional`, `sendvoice`.
            time (str): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a string.
            rcpts_count (str): A whole number written as a string of digits (the API returns many ids this way).
            exit_count (str): A whole number written as a string of digits (the API returns many ids this way).
            status (str): The state's Persian label, e.g. `پایان یافته` ("finished").
            state_id (int): Where the bulk stands, 0 to 9, as listed in `BulkState`.
            username (str | Unset): The sender's username (masked in the docs' examples).
            number_color (None | str | Unset): The sender number's colour in the panel, e.g. `#95E871`.
            number_id (str | Unset): A whole number written as a string of digits (the API returns many ids this way).
            time_send (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC), written as a string.
            partner_id (None | str | Unset): Null in every documented example.
            in_delivery_line (int | Unset): 1 when the bulk went through the delivery line, else 0.
            valid (None | str | Unset): The review's verdict, e.g. `approve`.
            message (str | Unset): The text sent.
            part (None | str | Unset): How many SMS parts the text takes.
            cost (float | Unset): What the bulk cost.
            summary (None | str | Unset): A short description, e.g. of a voice code.
            user_ip (None | str | Unset): The address the request came from.
            user_id (None | str | Unset): The sender's user id.
            files_path (None | str | Unset): The stored file of a file or voice send.
            parent_id (None | str | Unset): The sender's reseller.
    """

    number: str
    messages_outbox_id: str
    state: str
    type_: str
    time: str
    rcpts_count: str
    exit_count: str
    status: str
    state_id: int
    username: str | Unset = UNSET
    number_color: None | str | Unset = UNSET
    number_id: str | Unset = UNSET
    time_send: str | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    in_delivery_line: int | Unset = UNSET
    valid: None | str | Unset = UNSET
    message: str | Unset = UNSET
    part: None | str | Unset = UNSET
    cost: float | Unset = UNSET
    summary: None | str | Unset = UNSET
    user_ip: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    files_path: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        messages_outbox_id = self.messages_outbox_id

        state = self.state

        type_ = self.type_

        time = self.time

        rcpts_count = self.rcpts_count

        exit_count = self.exit_count

        status = self.status

        state_id = self.state_id

        username = self.username

        number_color: None | str | Unset
        if isinstance(self.number_color, Unset):
            number_color = UNSET
        else:
            number_color = self.number_color

        number_id = self.number_id

        time_send = self.time_send

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        in_delivery_line = self.in_delivery_line

        valid: None | str | Unset
        if isinstance(self.valid, Unset):
            valid = UNSET
        else:
            valid = self.valid

        message = self.message

        part: None | str | Unset
        if isinstance(self.part, Unset):
            part = UNSET
        else:
            part = self.part

        cost = self.cost

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        user_ip: None | str | Unset
        if isinstance(self.user_ip, Unset):
            user_ip = UNSET
        else:
            user_ip = self.user_ip

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        files_path: None | str | Unset
        if isinstance(self.files_path, Unset):
            files_path = UNSET
        else:
            files_path = self.files_path

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "messages_outbox_id": messages_outbox_id,
                "state": state,
                "type": type_,
                "time": time,
                "rcpts_count": rcpts_count,
                "exit_count": exit_count,
                "status": status,
                "state_id": state_id,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if number_color is not UNSET:
            field_dict["number_color"] = number_color
        if number_id is not UNSET:
            field_dict["number_id"] = number_id
        if time_send is not UNSET:
            field_dict["time_send"] = time_send
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if in_delivery_line is not UNSET:
            field_dict["in_delivery_line"] = in_delivery_line
        if valid is not UNSET:
            field_dict["valid"] = valid
        if message is not UNSET:
            field_dict["message"] = message
        if part is not UNSET:
            field_dict["part"] = part
        if cost is not UNSET:
            field_dict["cost"] = cost
        if summary is not UNSET:
            field_dict["summary"] = summary
        if user_ip is not UNSET:
            field_dict["user_ip"] = user_ip
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if files_path is not UNSET:
            field_dict["files_path"] = files_path
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        messages_outbox_id = d.pop("messages_outbox_id")

        state = d.pop("state")

        type_ = d.pop("type")

        time = d.pop("time")

        rcpts_count = d.pop("rcpts_count")

        exit_count = d.pop("exit_count")

        status = d.pop("status")

        state_id = d.pop("state_id")

        username = d.pop("username", UNSET)

        def _parse_number_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_color = _parse_number_color(d.pop("number_color", UNSET))

        number_id = d.pop("number_id", UNSET)

        time_send = d.pop("time_send", UNSET)

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        in_delivery_line = d.pop("in_delivery_line", UNSET)

        def _parse_valid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid = _parse_valid(d.pop("valid", UNSET))

        message = d.pop("message", UNSET)

        def _parse_part(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        part = _parse_part(d.pop("part", UNSET))

        cost = d.pop("cost", UNSET)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_user_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_ip = _parse_user_ip(d.pop("user_ip", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_files_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        files_path = _parse_files_path(d.pop("files_path", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        outbox_bulk = cls(
            number=number,
            messages_outbox_id=messages_outbox_id,
            state=state,
            type_=type_,
            time=time,
            rcpts_count=rcpts_count,
            exit_count=exit_count,
            status=status,
            state_id=state_id,
            username=username,
            number_color=number_color,
            number_id=number_id,
            time_send=time_send,
            partner_id=partner_id,
            in_delivery_line=in_delivery_line,
            valid=valid,
            message=message,
            part=part,
            cost=cost,
            summary=summary,
            user_ip=user_ip,
            user_id=user_id,
            files_path=files_path,
            parent_id=parent_id,
        )

        outbox_bulk.additional_properties = d
        return outbox_bulk

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
