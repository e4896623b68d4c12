"""A fifteenth sending type, `flash` (a message shown on the screen and not stored), added to a
scratch copy of the spec as a spec edit and nothing else: its schema with its marks, the union,
the SendingType enum, a request example and the answer of the same name. Its recipients field has
a name no code of the kit knows (`phones`): only its mark says what it holds. The twin leaves that
mark out."""

from __future__ import annotations

from pathlib import Path

SCHEMA = """title: SendFlashRequest
x-ippanel-messages: one
description: A flash message, shown on the recipients' screens and not stored, to a list of numbers.
type: object
required: [sending_type, from_number, message, phones]
properties:
  sending_type:
    x-ippanel-field: content
    type: string
    const: flash
  from_number:
    $ref: ./SenderNumber.yaml
  message:
    x-ippanel-field: message
    type: string
    minLength: 1
  phones:
MARK    type: array
    minItems: 1
    items:
      $ref: ../../shared/schemas/PhoneNumber.yaml
  send_time:
    $ref: ./SendTime.yaml
"""
TEXT = "پیام فوری"
PHONES = ["+989120000000", "+989350000000"]
REQUEST = (
    'summary: "Flash: one message on two screens"\n'
    f'value: {{"sending_type": "flash", "from_number": "+983000505", "message": "{TEXT}", '
    f'"phones": ["{PHONES[0]}", "{PHONES[1]}"]}}\n'
)
ANSWER = (
    'summary: "Flash: one message, so one id"\n'
    'value: {"data": {"message_outbox_ids": [1123544250]}, "meta": {"status": true, '
    '"message": "انجام شد", "message_parameters": [], "message_code": "200-1"}}\n'
)


def add_flash(openapi: Path, marked: bool = True) -> None:
    """The spec edit, in the scratch copy's openapi/."""
    send = openapi / "send"
    mark = "    x-ippanel-field: recipients\n" if marked else ""
    (send / "schemas" / "SendFlashRequest.yaml").write_text(SCHEMA.replace("MARK", mark), "utf-8")
    (send / "examples" / "SendFlash.yaml").write_text(REQUEST, "utf-8")
    (send / "examples" / "SentFlash.yaml").write_text(ANSWER, "utf-8")
    union = send / "schemas" / "SendSmsRequest.yaml"
    text = union.read_text(encoding="utf-8")
    text = text.replace(
        "  - $ref: ./SendPhonebookRequest.yaml\n",
        "  - $ref: ./SendPhonebookRequest.yaml\n  - $ref: ./SendFlashRequest.yaml\n",
    )
    text = text.replace(
        "    phonebook: ./SendPhonebookRequest.yaml\n",
        "    phonebook: ./SendPhonebookRequest.yaml\n    flash: ./SendFlashRequest.yaml\n",
    )
    union.write_text(text, encoding="utf-8")
    types = send / "schemas" / "SendingType.yaml"
    types.write_text(types.read_text("utf-8").replace(", file]", ", file, flash]"), "utf-8")
    path = send / "paths" / "api_send.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "          phonebook:\n            $ref: ../examples/SendPhonebook.yaml\n",
        "          phonebook:\n            $ref: ../examples/SendPhonebook.yaml\n"
        "          flash:\n            $ref: ../examples/SendFlash.yaml\n",
        1,
    )
    text = text.replace(
        "            phonebook:\n              $ref: ../examples/SentPhonebook.yaml\n",
        "            phonebook:\n              $ref: ../examples/SentPhonebook.yaml\n"
        "            flash:\n              $ref: ../examples/SentFlash.yaml\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    for changed in (union, types, path):
        assert "flash" in changed.read_text("utf-8"), f"{changed}: the edit did not take"
