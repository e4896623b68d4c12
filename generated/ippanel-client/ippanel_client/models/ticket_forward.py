from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketForward")


@_attrs_define
class TicketForward:
    """Where a ticket was forwarded.

    Attributes:
        id (int): The forward's id.
        from_ (int): Who forwarded it.
        ticket_id (int): The ticket.
        to (int): Who it was forwarded to.
        created_at (str | Unset): When, ISO 8601.
        updated_at (str | Unset): When it last changed, ISO 8601.
        deleted_at (None | str | Unset): When it was withdrawn, if it was.
        seen (bool | int | Unset): Whether the receiver has seen it (`1`/`0` in the list, `true`/`false` in show).
    """

    id: int
    from_: int
    ticket_id: int
    to: int
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    seen: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_ = self.from_

        ticket_id = self.ticket_id

        to = self.to

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        seen: bool | int | Unset
        if isinstance(self.seen, Unset):
            seen = UNSET
        else:
            seen = self.seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "ticket_id": ticket_id,
                "to": to,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if seen is not UNSET:
            field_dict["seen"] = seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        from_ = d.pop("from")

        ticket_id = d.pop("ticket_id")

        to = d.pop("to")

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_seen(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        seen = _parse_seen(d.pop("seen", UNSET))

        ticket_forward = cls(
            id=id,
            from_=from_,
            ticket_id=ticket_id,
            to=to,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            seen=seen,
        )

        ticket_forward.additional_properties = d
        return ticket_forward

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
