from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField


T = TypeVar("T", bound="Phonebook")


@_attrs_define
class Phonebook:
    """A phonebook: a list of contacts to send to, with the custom fields its contacts have.
    Creating one answers `count` as a string and no `updated_at`; the list answers `count` as
    a number.

        Attributes:
            id (int): The phonebook's id.
            title (str):
            count (int | str): How many contacts it holds (a string of digits when just created).
            export_status (int | None): The state of its latest export; `0` (none running) or `null` when new.
            import_status (int | None): The state of its latest import; `0` (none running) or `null` when new.
            created_at (str): ISO 8601, e.g. `2025-01-19T12:26:25+00:00`.
            options (list[CustomField]): The custom fields of its contacts.
            updated_at (str | Unset): ISO 8601, e.g. `2025-03-11T13:38:08+00:00`.
    """

    id: int
    title: str
    count: int | str
    export_status: int | None
    import_status: int | None
    created_at: str
    options: list[CustomField]
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        count: int | str
        count = self.count

        export_status: int | None
        export_status = self.export_status

        import_status: int | None
        import_status = self.import_status

        created_at = self.created_at

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "count": count,
                "export_status": export_status,
                "import_status": import_status,
                "created_at": created_at,
                "options": options,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field import CustomField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_count(data: object) -> int | str:
            return cast(int | str, data)

        count = _parse_count(d.pop("count"))

        def _parse_export_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        export_status = _parse_export_status(d.pop("export_status"))

        def _parse_import_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        import_status = _parse_import_status(d.pop("import_status"))

        created_at = d.pop("created_at")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = CustomField.from_dict(options_item_data)

            options.append(options_item)

        updated_at = d.pop("updated_at", UNSET)

        phonebook = cls(
            id=id,
            title=title,
            count=count,
            export_status=export_status,
            import_status=import_status,
            created_at=created_at,
            options=options,
            updated_at=updated_at,
        )

        phonebook.additional_properties = d
        return phonebook

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
