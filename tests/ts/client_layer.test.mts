// The hand-written layer of the TS client (generator/ts/templates/src/client.ts), against a
// recording server on 127.0.0.1: the token goes raw in Authorization, a file send goes as
// multipart with one `files[]` part per file, every other body as JSON.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { createIppanelClient, serializeBody } from "../../generated/ippanel-client-ts/src/index.js";

interface Seen {
  headers: IncomingMessage["headers"];
  body: string;
}
const seen: Seen[] = [];
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end('{"data": null, "meta": {"status": true, "message": "", "message_code": "200-1"}}');
  });
});
let baseUrl = "";
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test("the token is sent raw, and a per-call Authorization wins", async () => {
  seen.length = 0;
  const client = createIppanelClient({ baseUrl, token: "84cd3ef6" });
  await client.POST("/api/acl/auth/check_token");
  await client.POST("/api/acl/auth/check_token", { headers: { Authorization: "other" } });
  await createIppanelClient({ baseUrl }).POST("/api/acl/auth/check_token");
  assert.deepEqual(
    seen.map((s) => s.headers.authorization),
    ["84cd3ef6", "other", undefined],
  );
});

test("a file send is multipart, one files[] part per file", async () => {
  seen.length = 0;
  const client = createIppanelClient({ baseUrl, token: "t" });
  await client.POST("/api/send", {
    body: {
      sending_type: "peer_to_peer_file",
      from_number: "+983000505",
      "files[]": [
        new File(["recipient,message\n+989120000000,یک\n"], "one.csv", { type: "text/csv" }),
        new File(["recipient,message\n+989130000000,دو\n"], "two.csv", { type: "text/csv" }),
      ],
    },
  });
  const [request] = seen;
  assert.ok(request);
  assert.match(request.headers["content-type"] ?? "", /^multipart\/form-data; boundary=/);
  const parts = [...request.body.matchAll(/Content-Disposition: form-data; name="([^"]+)"(?:; filename="([^"]+)")?/g)];
  assert.deepEqual(
    parts.map((p) => [p[1], p[2]]),
    [
      ["sending_type", undefined],
      ["from_number", undefined],
      ["files[]", "one.csv"],
      ["files[]", "two.csv"],
    ],
  );
  assert.ok(request.body.includes("+989130000000,دو"));
});

test("every other body is JSON", async () => {
  seen.length = 0;
  const body = {
    sending_type: "normal",
    from_number: "+983000505",
    message: "سلام",
    params: { recipients: ["+989120000000"] },
  } as const;
  await createIppanelClient({ baseUrl, token: "t" }).POST("/api/send", { body: { ...body, params: { recipients: [...body.params.recipients] } } });
  const [request] = seen;
  assert.ok(request);
  assert.equal(request.headers["content-type"], "application/json");
  assert.deepEqual(JSON.parse(request.body), body);
  assert.ok(serializeBody({ "files[]": [new Blob(["x"])] }) instanceof FormData);
});
