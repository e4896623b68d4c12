"""`POST /api/send` takes a union of fourteen request classes (eleven JSON, three multipart).
openapi-python-client ignores `discriminator` and tries a union's classes in order, keeping the
first whose from_dict accepts the data; the spec's `const` on `sending_type` makes exactly one
class accept each example, so the order cannot pick a wrong one."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

from tests.client.generation import run
from tests.client.spec_examples import load_bundle, operations, request_examples, send_body_class

# What the generator's union parsing catches from a class that does not fit
# (union_property.py.jinja).
NOT_THIS_ONE = (TypeError, ValueError, AttributeError, KeyError)


def send_examples() -> dict[str, dict[str, Any]]:
    """Every named request example of every sending type, as the wire carries it: the multipart
    examples' files as bytes."""
    bundle = load_bundle()
    send = next(op for op in operations(bundle) if op.operation_id == "sendSms")
    examples = request_examples(bundle, send)
    for value in examples.values():
        if "files[]" in value:
            value["files[]"] = [name.encode() for name in value["files[]"]]
    return examples


def accepting(classes: list[type], value: dict[str, Any]) -> list[str]:
    """The classes whose from_dict accepts the value, in the order given."""
    found = []
    for model in classes:
        try:
            model.from_dict(value)  # type: ignore[attr-defined]
        except NOT_THIS_ONE:
            continue
        found.append(model.__name__)
    return found


def union_classes() -> list[type]:
    """The body's classes, in the order of the generated signature."""
    from ippanel_client.api.send import send_sms

    return list(typing.get_args(typing.get_type_hints(send_sms.sync_detailed)["body"]))


def test_every_sending_type_has_an_example() -> None:
    sending_types = {value["sending_type"] for value in send_examples().values()}
    assert sending_types == set(load_bundle()["components"]["schemas"]["SendingType"]["enum"])
    assert len(union_classes()) == 14


def test_every_example_parses_into_its_own_class_only() -> None:
    classes = union_classes()
    for name, value in send_examples().items():
        expected = send_body_class(value["sending_type"]).__name__
        assert accepting(classes, value) == [expected], name
        assert accepting(classes[::-1], value) == [expected], name


SCRIPT = """
import sys, typing
sys.path.insert(0, sys.argv[1])
from ippanel_client.api.send import send_sms
value = {"sending_type": "normal", "from_number": "+983000505", "message": "m",
         "params": {"recipients": ["+989120000000"]}}
for model in typing.get_args(typing.get_type_hints(send_sms.sync_detailed)["body"]):
    try:
        model.from_dict(value)
    except (TypeError, ValueError, AttributeError, KeyError):
        continue
    print(model.__name__)
"""


def test_without_const_a_normal_send_fits_two_classes(tmp_path: Path) -> None:
    import yaml

    from tests.client.generation import BIN, REPO

    spec = load_bundle()
    for name in ("SendNormalRequest", "SendWebserviceRequest"):
        for part in spec["components"]["schemas"][name]["allOf"]:
            part.get("properties", {}).get("sending_type", {}).pop("const", None)
    broken = tmp_path / "no-const.yaml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True))
    out = tmp_path / "ippanel-client"
    result = run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(broken),
            "--config",
            str(REPO / "generator" / "config.yaml"),
            "--custom-template-path",
            str(REPO / "generator" / "templates"),
            "--meta",
            "setup",
            "--output-path",
            str(out),
            "--overwrite",
        ]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    fits = run([str(BIN / "python"), "-c", SCRIPT, str(out)])
    assert fits.returncode == 0, fits.stderr
    assert sorted(fits.stdout.split()) == ["SendNormalRequest", "SendWebserviceRequest"]


def test_every_multipart_body_is_sent_with_its_parts() -> None:
    # Upstream's templates give a multipart union no to_multipart() and send no parts at all;
    # generator/templates/ (model.py.jinja, endpoint_macros.py.jinja) make these.
    from ippanel_client.api.send import send_sms

    from tests.client.spec_examples import body_from_example

    bundle = load_bundle()
    send = next(op for op in operations(bundle) if op.operation_id == "sendSms")
    multipart = {k: v for k, v in request_examples(bundle, send).items() if "files[]" in v}
    assert sorted(multipart) == ["file", "keyword", "peerToPeerFile"]
    for value in multipart.values():
        kwargs = send_sms._get_kwargs(body=body_from_example(send, value))
        sent = {name for name, _ in kwargs["files"]}
        assert sent == set(value), value["sending_type"]
