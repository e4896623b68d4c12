// A page of a frontend that installed ippanel-client, bundled by esbuild and opened in headless
// chromium from another origin than the API's (?mock=URL, and ?token= where the server checks
// it): a success, a 422 and a multipart send, each written into #result for the test to read
// from the dumped DOM.
import { createIppanelClient } from "ippanel-client";

const asked = new URLSearchParams(location.search);
const baseUrl = asked.get("mock") ?? "";
const client = createIppanelClient({ baseUrl, token: asked.get("token") ?? "any-token" });
const spreadsheet = new File(["+989120000000\n"], "file.xlsx", { type: "application/octet-stream" });

type Call = () => Promise<{ response: Response; data?: unknown; error?: unknown }>;
const outcome = async (name: string, call: Call) => {
  try {
    const { response, data, error } = await call();
    return { name, status: response.status, body: data ?? error };
  } catch (thrown) {
    return { name, thrown: String(thrown) };
  }
};

const results = [
  await outcome("success", () => client.GET("/api/payment/credit/mine")),
  await outcome("422", () =>
    // @ts-expect-error: a send without its message, on purpose
    client.POST("/api/send", { body: { sending_type: "normal", from_number: "+983000505", params: { recipients: ["+989120000000"] } } }),
  ),
  await outcome("multipart", () =>
    client.POST("/api/send", {
      body: { sending_type: "keyword", from_number: "+983000505", message: "سلام {ex_B}", "files[]": [spreadsheet] },
      headers: { Prefer: "example=keyword" },
    }),
  ),
];
const shown = document.getElementById("result");
if (shown) shown.textContent = JSON.stringify(results);
