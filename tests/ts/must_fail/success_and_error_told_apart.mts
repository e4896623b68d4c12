// Must not compile: a success body has `meta.status: true` and its `data` (required, typed), an
// error body `meta.status: false`; the types tell them apart.
import type { components } from "../../../generated/ippanel-client-ts/src/index.js";

type Schemas = components["schemas"];
const meta = { message: "انجام شد", message_code: "200-1" };

const ok: Schemas["AuthTokenEnvelope"] = { data: { method: "login", token: "t" }, meta: { ...meta, status: true } };
const flipped: Schemas["AuthTokenEnvelope"] = { data: { method: "login", token: "t" }, meta: { ...meta, status: false } }; // MUST-FAIL
const noData: Schemas["AuthTokenEnvelope"] = { meta: { ...meta, status: true } }; // MUST-FAIL
const error: Schemas["ErrorEnvelope"] = { data: null, meta: { ...meta, status: true } }; // MUST-FAIL

// On success, data is there without a check for undefined.
const token: string = ok.data.token;
export { flipped, noData, error, token };
