// Must not compile: a VOTP send is a voice call from IPPanel's own line, so it takes no
// `from_number`.
import { createIppanelClient } from "../../../generated/ippanel-client-ts/src/index.js";

const client = createIppanelClient({ baseUrl: "http://127.0.0.1:4010", token: "t" });
await client.POST("/api/send", {
  body: { sending_type: "votp", from_number: "+983000505", message: "45852", params: { recipients: ["+989120000000"] } }, // MUST-FAIL
});
