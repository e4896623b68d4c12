from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tree_user import TreeUser


T = TypeVar("T", bound="ParentsTree")


@_attrs_define
class ParentsTree:
    """A user's place in the reseller hierarchy.

    Attributes:
        selected_user (TreeUser): A user in a reseller tree.
        main_parent (TreeUser): A user in a reseller tree.
        tree (list[TreeUser]): The resellers above the user, from the root down.
    """

    selected_user: TreeUser
    main_parent: TreeUser
    tree: list[TreeUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_user = self.selected_user.to_dict()

        main_parent = self.main_parent.to_dict()

        tree = []
        for tree_item_data in self.tree:
            tree_item = tree_item_data.to_dict()
            tree.append(tree_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_user": selected_user,
                "main_parent": main_parent,
                "tree": tree,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tree_user import TreeUser  # noqa: PLC0415

        d = dict(src_dict)
        selected_user = TreeUser.from_dict(d.pop("selected_user"))

        main_parent = TreeUser.from_dict(d.pop("main_parent"))

        tree = []
        _tree = d.pop("tree")
        for tree_item_data in _tree:
            tree_item = TreeUser.from_dict(tree_item_data)

            tree.append(tree_item)

        parents_tree = cls(
            selected_user=selected_user,
            main_parent=main_parent,
            tree=tree,
        )

        parents_tree.additional_properties = d
        return parents_tree

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
