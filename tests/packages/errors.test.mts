// The msw handlers' 401, 422 and Prefer answers, judged by the mock: each request goes once to
// the real mock (MOCK_URL) and once to msw (MSW_BASE_URL), through the installed client, and the
// two answers must be the same status and body. MSW_BREAK="post /api/..." swaps one handler for
// a wrong answer, to show the comparison notices.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { createIppanelClient, type IppanelClient } from "ippanel-client";
import { createHandlers } from "ippanel-client/msw";

const mockUrl = process.env["MOCK_URL"] ?? "";
const mswUrl = process.env["MSW_BASE_URL"] ?? "";
const server = setupServer(...createHandlers({ baseUrl: mswUrl }));
const [broken, brokenPath] = (process.env["MSW_BREAK"] ?? "").split(" ");
if (broken === "post") server.use(http.post(`${mswUrl}${brokenPath}`, () => HttpResponse.json({}, { status: 422 })));
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
  // @ts-expect-error: the body breaks the schema on purpose
  ["a login whose body is a list", 422, (c) => c.POST("/api/acl/auth/login", { body: [] })],
  // Neither field of either pair: each pair's fields named (one of a pair is enough)
  // @ts-expect-error: the body breaks the schema on purpose
  ["an assignment naming no number and no user", 422, (c) => c.POST("/api/numbers/assign", { body: {} })],
  [
    "a token sent with a scheme",
    401,
    (c) => c.POST("/api/acl/auth/check_token", { headers: { Authorization: "Bearer any-token" } }),
  ],
  [
    "a Prefer naming an example the operation does not have",
    404,
    (c) => c.POST("/api/acl/auth/check_token", { headers: { Prefer: "example=expired" } }),
  ],
  [
    "a Prefer naming a status the operation does not document",
    404,
    (c) => c.GET("/api/payment/credit/mine", { headers: { Prefer: "code=500" } }),
  ],
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
