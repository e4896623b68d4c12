// The msw handlers' 401 and 422s, judged by the mock: each request goes once to the real mock
// (MOCK_URL) and once to msw (MSW_BASE_URL), through the installed client, and the two answers
// must be the same status and body.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { setupServer } from "msw/node";
import { createIppanelClient, type IppanelClient } from "ippanel-client";
import { createHandlers } from "ippanel-client/msw";

const mockUrl = process.env["MOCK_URL"] ?? "";
const mswUrl = process.env["MSW_BASE_URL"] ?? "";
const server = setupServer(...createHandlers({ baseUrl: mswUrl }));
server.listen({ onUnhandledRequest: "bypass" });
after(() => server.close());

const token = "any-token";
const csv = () => new File(["+989120000000\n"], "numbers.csv", { type: "text/csv" });

// Each request, as a function of a client; the status it must get.
const cases: [string, number, (client: IppanelClient) => Promise<{ response: Response; error?: unknown }>][] = [
  ["no token", 401, (c) => c.GET("/api/payment/credit/mine", { headers: { Authorization: "" } })],
  [
    "a send without its message",
    422,
    // @ts-expect-error: the body breaks the schema on purpose
    (c) => c.POST("/api/send", { body: { sending_type: "normal", from_number: "+983000505", params: { recipients: ["+989120000000"] } } }),
  ],
  [
    "a send with no recipients",
    422,
    (c) =>
      c.POST("/api/send", {
        body: { sending_type: "normal", from_number: "+983000505", message: "Hi", params: { recipients: [] } },
      }),
  ],
  [
    "a multipart keyword send without its message",
    422,
    // @ts-expect-error: the body breaks the schema on purpose
    (c) => c.POST("/api/send", { body: { sending_type: "keyword", from_number: "+983000505", "files[]": [csv()] } }),
  ],
  // @ts-expect-error: the body breaks the schema on purpose
  ["a login without its password", 422, (c) => c.POST("/api/acl/auth/login", { body: { username: "u" } })],
];

for (const [name, status, call] of cases) {
  test(name, async () => {
    const fromMock = await call(createIppanelClient({ baseUrl: mockUrl, token }));
    const fromMsw = await call(createIppanelClient({ baseUrl: mswUrl, token }));
    assert.equal(fromMock.response.status, status);
    assert.equal(fromMsw.response.status, status);
    assert.deepEqual(fromMsw.error, fromMock.error);
  });
}
