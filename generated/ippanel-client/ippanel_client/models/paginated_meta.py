from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginatedMeta")


@_attrs_define
class PaginatedMeta:
    """The `meta` of a page of a paginated list: a success, and where the page stands.

    Attributes:
        message (str): A message for the user, usually Persian, e.g. `انجام شد` ("done"); a few operations answer
            in English ("Success", "count").
        message_code (str): A machine-readable code: `200-1` on success (`201-1` when contacts were added), `400-1`
            for invalid credentials or an invalid or expired token, `400-2` for a validation error;
            a few operations have codes of their own, listed with their responses.
        status (Literal[True]): Always `true` on success; `false` on every error (`ErrorMeta`).
        current_page (int): The page returned.
        from_ (int | None): The position of the page's first item in the whole list.
        last_page (int): The number of the last page.
        per_page (int): How many items a page holds.
        to (int | None): The position of the page's last item in the whole list.
        total (int): How many items the whole list holds.
        message_parameters (list[Any] | Unset): Values substituted into `message`; empty in every documented response.
            The seed's
            responses always carry it; several of the Edge documentation's examples leave it out, so
            it is optional.
        path (str | Unset): The list's URL, without the query.
    """

    message: str
    message_code: str
    status: Literal[True]
    current_page: int
    from_: int | None
    last_page: int
    per_page: int
    to: int | None
    total: int
    message_parameters: list[Any] | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        message_code = self.message_code

        status = self.status

        current_page = self.current_page

        from_: int | None
        from_ = self.from_

        last_page = self.last_page

        per_page = self.per_page

        to: int | None
        to = self.to

        total = self.total

        message_parameters: list[Any] | Unset = UNSET
        if not isinstance(self.message_parameters, Unset):
            message_parameters = self.message_parameters

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "message_code": message_code,
                "status": status,
                "current_page": current_page,
                "from": from_,
                "last_page": last_page,
                "per_page": per_page,
                "to": to,
                "total": total,
            }
        )
        if message_parameters is not UNSET:
            field_dict["message_parameters"] = message_parameters
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        message_code = d.pop("message_code")

        status = cast(Literal[True], d.pop("status"))
        if status != True:
            raise ValueError(f"status must match const True, got '{status}'")

        current_page = d.pop("current_page")

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_ = _parse_from_(d.pop("from"))

        last_page = d.pop("last_page")

        per_page = d.pop("per_page")

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to = _parse_to(d.pop("to"))

        total = d.pop("total")

        message_parameters = cast(list[Any], d.pop("message_parameters", UNSET))

        path = d.pop("path", UNSET)

        paginated_meta = cls(
            message=message,
            message_code=message_code,
            status=status,
            current_page=current_page,
            from_=from_,
            last_page=last_page,
            per_page=per_page,
            to=to,
            total=total,
            message_parameters=message_parameters,
            path=path,
        )

        paginated_meta.additional_properties = d
        return paginated_meta

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
