// `make collection`: the spec as a Postman collection, converted by Postman's own converter
// (openapi-to-postmanv2), into OUT (default build/postman/): the collection, with the documented
// examples as saved responses and a test on every request (its status, the {data, meta}
// envelope); an environment for the mock and one for staging, the token a secret with no value.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Converter from "openapi-to-postmanv2";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = resolve(process.argv[2] ?? join(repo, "build/postman"));
const spec = readFileSync(join(repo, "openapi/bundled/ippanel.yaml"), "utf8");

const options = { parametersResolution: "Example", folderStrategy: "Tags", includeAuthInfoInExample: false };
const converted = await new Promise((done, fail) =>
  Converter.convert({ type: "string", data: spec }, options, (error, result) =>
    error || !result.result ? fail(error ?? new Error(result.reason)) : done(result.output[0].data),
  ),
);

// The status a request of the collection gets: its first saved 2xx response's, else 200.
const TEST = (status) => [
  `pm.test("status ${status}", () => pm.response.to.have.status(${status}));`,
  'pm.test("the {data, meta} envelope", () => {',
  "  const body = pm.response.json();",
  '  pm.expect(body).to.have.all.keys("data", "meta");',
  '  pm.expect(body.meta).to.be.an("object").that.has.property("status");',
  "});",
];
let requests = 0;
const visit = (items) => {
  for (const item of items) {
    if (item.item) visit(item.item);
    if (!item.request) continue;
    requests += 1;
    const success = (item.response ?? []).map((r) => r.code).find((code) => code >= 200 && code < 300);
    item.event = [{ listen: "test", script: { type: "text/javascript", exec: TEST(success ?? 200) } }];
  }
};
visit(converted.item);
converted.auth = { type: "apikey", apikey: [
  { key: "key", value: "Authorization", type: "string" },
  { key: "value", value: "{{token}}", type: "string" },
  { key: "in", value: "header", type: "string" },
] };
converted.variable = [{ key: "baseUrl", value: "http://127.0.0.1:4010", type: "string" }];

const environment = (name, baseUrl) => ({
  name: `IPPanel ${name}`,
  values: [
    { key: "baseUrl", value: baseUrl, type: "default", enabled: true },
    // Never a value in a file: set it in Postman's current value, or newman --env-var token=...
    { key: "token", value: "", type: "secret", enabled: true },
  ],
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "ippanel.postman_collection.json"), JSON.stringify(converted, null, 2));
writeFileSync(join(out, "mock.postman_environment.json"), JSON.stringify(environment("mock", "http://127.0.0.1:4010"), null, 2));
writeFileSync(join(out, "staging.postman_environment.json"), JSON.stringify(environment("staging", "https://edge.ippanel.com/v1"), null, 2));
console.log(`${requests} requests: ${join(out, "ippanel.postman_collection.json")}`);
