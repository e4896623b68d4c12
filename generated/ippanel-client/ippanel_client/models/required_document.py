from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.required_document_need_file import RequiredDocumentNeedFile
from ..models.required_document_show_profile import RequiredDocumentShowProfile
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_file import SampleFile
    from ..models.uploaded_document import UploadedDocument


T = TypeVar("T", bound="RequiredDocument")


@_attrs_define
class RequiredDocument:
    """A document the account may have to provide, and what it provided.

    Attributes:
        id (int): The document's id, as upload and remove take it.
        title (str): The document's title.
        description (None | str | Unset): What it is for.
        need_file (RequiredDocumentNeedFile | Unset): `1` when it must be provided as a file.
        show_profile (RequiredDocumentShowProfile | Unset): `1` when it is shown in the profile.
        expire_after_days (str | Unset): A whole number written as a string of digits (the API returns many ids this
            way).
        show_order (str | Unset): A whole number written as a string of digits (the API returns many ids this way).
        file_count (str | Unset): A whole number written as a string of digits (the API returns many ids this way).
        files_structure (None | str | Unset): Null in every documented example.
        sample_file (list[SampleFile] | Unset):
        user_document (None | Unset | UploadedDocument): What the account uploaded for it, if anything (the docs show
            only `null`).
    """

    id: int
    title: str
    description: None | str | Unset = UNSET
    need_file: RequiredDocumentNeedFile | Unset = UNSET
    show_profile: RequiredDocumentShowProfile | Unset = UNSET
    expire_after_days: str | Unset = UNSET
    show_order: str | Unset = UNSET
    file_count: str | Unset = UNSET
    files_structure: None | str | Unset = UNSET
    sample_file: list[SampleFile] | Unset = UNSET
    user_document: None | Unset | UploadedDocument = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.uploaded_document import UploadedDocument  # noqa: PLC0415

        id = self.id

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        need_file: str | Unset = UNSET
        if not isinstance(self.need_file, Unset):
            need_file = self.need_file.value

        show_profile: str | Unset = UNSET
        if not isinstance(self.show_profile, Unset):
            show_profile = self.show_profile.value

        expire_after_days = self.expire_after_days

        show_order = self.show_order

        file_count = self.file_count

        files_structure: None | str | Unset
        if isinstance(self.files_structure, Unset):
            files_structure = UNSET
        else:
            files_structure = self.files_structure

        sample_file: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sample_file, Unset):
            sample_file = []
            for sample_file_item_data in self.sample_file:
                sample_file_item = sample_file_item_data.to_dict()
                sample_file.append(sample_file_item)

        user_document: dict[str, Any] | None | Unset
        if isinstance(self.user_document, Unset):
            user_document = UNSET
        elif isinstance(self.user_document, UploadedDocument):
            user_document = self.user_document.to_dict()
        else:
            user_document = self.user_document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if need_file is not UNSET:
            field_dict["need_file"] = need_file
        if show_profile is not UNSET:
            field_dict["show_profile"] = show_profile
        if expire_after_days is not UNSET:
            field_dict["expire_after_days"] = expire_after_days
        if show_order is not UNSET:
            field_dict["show_order"] = show_order
        if file_count is not UNSET:
            field_dict["file_count"] = file_count
        if files_structure is not UNSET:
            field_dict["files_structure"] = files_structure
        if sample_file is not UNSET:
            field_dict["sample_file"] = sample_file
        if user_document is not UNSET:
            field_dict["user_document"] = user_document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sample_file import SampleFile  # noqa: PLC0415
        from ..models.uploaded_document import UploadedDocument  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _need_file = d.pop("need_file", UNSET)
        need_file: RequiredDocumentNeedFile | Unset
        if isinstance(_need_file, Unset):
            need_file = UNSET
        else:
            need_file = RequiredDocumentNeedFile(_need_file)

        _show_profile = d.pop("show_profile", UNSET)
        show_profile: RequiredDocumentShowProfile | Unset
        if isinstance(_show_profile, Unset):
            show_profile = UNSET
        else:
            show_profile = RequiredDocumentShowProfile(_show_profile)

        expire_after_days = d.pop("expire_after_days", UNSET)

        show_order = d.pop("show_order", UNSET)

        file_count = d.pop("file_count", UNSET)

        def _parse_files_structure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        files_structure = _parse_files_structure(d.pop("files_structure", UNSET))

        _sample_file = d.pop("sample_file", UNSET)
        sample_file: list[SampleFile] | Unset = UNSET
        if _sample_file is not UNSET:
            sample_file = []
            for sample_file_item_data in _sample_file:
                sample_file_item = SampleFile.from_dict(sample_file_item_data)

                sample_file.append(sample_file_item)

        def _parse_user_document(data: object) -> None | Unset | UploadedDocument:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_document_type_1 = UploadedDocument.from_dict(data)

                return user_document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadedDocument, data)

        user_document = _parse_user_document(d.pop("user_document", UNSET))

        required_document = cls(
            id=id,
            title=title,
            description=description,
            need_file=need_file,
            show_profile=show_profile,
            expire_after_days=expire_after_days,
            show_order=show_order,
            file_count=file_count,
            files_structure=files_structure,
            sample_file=sample_file,
            user_document=user_document,
        )

        required_document.additional_properties = d
        return required_document

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
