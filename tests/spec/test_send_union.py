"""`POST /api/send`: a union on `sending_type` that tools which ignore `discriminator` still
resolve, because every variant fixes `sending_type` with `const`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.spec.spec_checks import (
    bundle,
    deref,
    edit,
    example_errors,
    load_yaml,
    sending_type_consts,
)

SENDING_TYPES = {
    "normal",
    "webservice",
    "peer_to_peer",
    "peer_to_peer_file",
    "postal_code",
    "pattern",
    "votp",
    "country",
    "geolocation",
    "job",
    "keyword",
    "keyword_phonebook",
    "phonebook",
    "file",
}
MULTIPART_TYPES = {"peer_to_peer_file", "keyword", "file"}


def test_sending_types(spec: dict[str, Any]) -> None:
    assert set(spec["components"]["schemas"]["SendingType"]["enum"]) == SENDING_TYPES


def test_every_json_variant_fixes_its_sending_type(spec: dict[str, Any]) -> None:
    consts = sending_type_consts(spec)
    assert consts == {key: key for key in SENDING_TYPES - MULTIPART_TYPES}
    union = spec["components"]["schemas"]["SendSmsRequest"]
    assert len(union["oneOf"]) == len(consts)


def test_every_multipart_variant_fixes_its_sending_type(spec: dict[str, Any]) -> None:
    content = spec["paths"]["/api/send"]["post"]["requestBody"]["content"]
    union = deref(spec, content["multipart/form-data"]["schema"])
    consts = sending_type_consts(spec, union)
    assert consts == {key: key for key in MULTIPART_TYPES}
    assert len(union["oneOf"]) == len(consts)
    encoding = content["multipart/form-data"]["encoding"]["files[]"]
    assert (encoding["style"], encoding["explode"], encoding["allowReserved"]) == (
        "form",
        True,
        True,
    )


def test_a_missing_const_is_caught(spec_copy: Path, tmp_path: Path) -> None:
    edit(
        spec_copy / "openapi/send/schemas/SendWebserviceRequest.yaml",
        "        const: webservice\n",
        "",
    )
    bundle(spec_copy, tmp_path / "broken.yaml")
    broken = load_yaml(tmp_path / "broken.yaml")
    assert sending_type_consts(broken)["webservice"] is None
    # Without it a normal body matches two variants: the examples stop validating.
    errors = example_errors(broken)
    assert any("examples.normal" in e and "is valid under each of" in e for e in errors)
