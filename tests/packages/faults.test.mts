// The latency and faults `Prefer` asks for, as an app's fetch sees them, from the msw handlers
// and from the real mock alike: each request goes once to the mock (MOCK_URL) and once to msw
// (MSW_BASE_URL). A 5xx or a 429 is the same status, envelope (and Retry-After); a drop is a
// failed fetch; a hang is an answer whose body stops at its first half, while a later request
// is answered whole; a delay is answered after a request sent later without one. Nothing is
// judged by the clock. MSW_BREAK="faults" puts a handler that ignores `Prefer` first, to show
// the comparison notices.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { createHandlers } from "ippanel-client/msw";

const mockUrl = process.env["MOCK_URL"] ?? "";
const mswUrl = process.env["MSW_BASE_URL"] ?? "";
const server = setupServer(...createHandlers({ baseUrl: mswUrl }));
if (process.env["MSW_BREAK"] === "faults") {
  server.use(http.post(`${mswUrl}/api/acl/auth/check_token`, () => HttpResponse.json({ data: null }, { status: 200 })));
}
server.listen({ onUnhandledRequest: "bypass" });
after(() => server.close());

const PATH = "/api/acl/auth/check_token";
const call = (base: string, prefer?: string, signal?: AbortSignal): Promise<Response> =>
  fetch(`${base}${PATH}`, { method: "POST", headers: { Authorization: "any-token", ...(prefer ? { Prefer: prefer } : {}) }, signal });
const bases = [mockUrl, mswUrl];
// The mock's answer and msw's to the same request.
const both = (prefer?: string): Promise<[Response, Response]> => Promise.all([call(mockUrl, prefer), call(mswUrl, prefer)]);

for (const status of ["500", "502", "503", "504", "429"]) {
  test(`Prefer: fault=${status}`, async () => {
    const [fromMock, fromMsw] = await both(`fault=${status}`);
    assert.equal(fromMock.status, Number(status));
    assert.equal(fromMsw.status, Number(status));
    assert.equal(fromMsw.headers.get("Retry-After"), fromMock.headers.get("Retry-After"));
    if (status === "429") assert.match(fromMock.headers.get("Retry-After") ?? "", /^\d+$/);
    assert.deepEqual(await fromMsw.json(), await fromMock.json());
  });
}

test("Prefer: fault=drop", async () => {
  for (const base of bases) await assert.rejects(call(base, "fault=drop"), TypeError);
});

test("Prefer: fault=hang", async () => {
  for (const base of bases) {
    const whole = new Uint8Array(await (await call(base)).arrayBuffer());
    const gone = new AbortController(); // the app gives up: the connection goes with it
    try {
      const hanging = await call(base, "fault=hang", gone.signal);
      assert.equal(hanging.status, 200);
      const reader = hanging.body!.getReader();
      const first = await reader.read();
      assert.deepEqual(first.value, whole.slice(0, whole.length >> 1));
      const rest = reader.read().then(
        () => "ended",
        () => "given up",
      );
      assert.equal(new Uint8Array(await (await call(base)).arrayBuffer()).length, whole.length);
      assert.equal(await Promise.race([rest, Promise.resolve("still hanging")]), "still hanging");
    } finally {
      gone.abort();
    }
  }
});

test("Prefer: delay=<ms>", async () => {
  await Promise.all(
    bases.map(async (base) => {
      const order: string[] = [];
      const held = call(base, "delay=1000").then(() => order.push("held back"));
      await call(base).then(() => order.push("sent later"));
      await held;
      assert.deepEqual(order, ["sent later", "held back"]);
    }),
  );
});

test("a Prefer word that cannot be used", async () => {
  const [fromMock, fromMsw] = await both("fault=418");
  assert.equal(fromMock.status, 404);
  assert.equal(fromMsw.status, 404);
  assert.deepEqual(await fromMsw.json(), await fromMock.json());
});
