from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketInteraction")


@_attrs_define
class TicketInteraction:
    """A reply on a ticket.

    Attributes:
        id (int): The reply's id.
        description (str): The reply's text.
        created_at (str): When, `YYYY-MM-DD HH:MM:SS`.
        agent_id (int | None | Unset): Who replied.
        agent_username (None | str | Unset): Who replied, by username.
        attachment (None | str | Unset): The attached file's URL.
        partner_title (None | str | Unset): The replier's title.
        private (int | Unset): 1 for a note only support sees.
        username (None | str | Unset): The replier's username.
    """

    id: int
    description: str
    created_at: str
    agent_id: int | None | Unset = UNSET
    agent_username: None | str | Unset = UNSET
    attachment: None | str | Unset = UNSET
    partner_title: None | str | Unset = UNSET
    private: int | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        created_at = self.created_at

        agent_id: int | None | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_username: None | str | Unset
        if isinstance(self.agent_username, Unset):
            agent_username = UNSET
        else:
            agent_username = self.agent_username

        attachment: None | str | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        else:
            attachment = self.attachment

        partner_title: None | str | Unset
        if isinstance(self.partner_title, Unset):
            partner_title = UNSET
        else:
            partner_title = self.partner_title

        private = self.private

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "created_at": created_at,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_username is not UNSET:
            field_dict["agent_username"] = agent_username
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if partner_title is not UNSET:
            field_dict["partner_title"] = partner_title
        if private is not UNSET:
            field_dict["private"] = private
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        created_at = d.pop("created_at")

        def _parse_agent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_username = _parse_agent_username(d.pop("agent_username", UNSET))

        def _parse_attachment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment = _parse_attachment(d.pop("attachment", UNSET))

        def _parse_partner_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_title = _parse_partner_title(d.pop("partner_title", UNSET))

        private = d.pop("private", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        ticket_interaction = cls(
            id=id,
            description=description,
            created_at=created_at,
            agent_id=agent_id,
            agent_username=agent_username,
            attachment=attachment,
            partner_title=partner_title,
            private=private,
            username=username,
        )

        ticket_interaction.additional_properties = d
        return ticket_interaction

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
