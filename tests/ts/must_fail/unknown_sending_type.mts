// Must not compile: `sending_type` is one of the documented seven.
import { createIppanelClient } from "../../../generated/ippanel-client-ts/src/index.js";

const client = createIppanelClient({ baseUrl: "http://127.0.0.1:4010", token: "t" });
await client.POST("/api/send", {
  body: { sending_type: "broadcast", from_number: "+983000505", message: "سلام", params: { recipients: ["+989120000000"] } }, // MUST-FAIL
});
