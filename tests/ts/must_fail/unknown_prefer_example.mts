// Must not compile: `Prefer` names an example the operation does not have (the mock would
// answer with Prism's problem+json, not the API's envelope).
import { createIppanelClient, prefer } from "../../../generated/ippanel-client-ts/src/index.js";

const client = createIppanelClient({ baseUrl: "http://127.0.0.1:4010", token: "t" });
await client.POST("/api/acl/auth/check_token", {
  headers: prefer("/api/acl/auth/check_token", "post", "example=patern"), // MUST-FAIL
});
