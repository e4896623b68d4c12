// Must not compile: a pattern send names the pattern by `code`; without it the body is no
// sending type's.
import { createIppanelClient } from "../../../generated/ippanel-client-ts/src/index.js";

const client = createIppanelClient({ baseUrl: "http://127.0.0.1:4010", token: "t" });
await client.POST("/api/send", {
  body: { sending_type: "pattern", from_number: "+983000505", recipients: ["+989120000000"], params: {} }, // MUST-FAIL
});
