// `make collection`: the spec as a Postman collection, converted by Postman's own converter
// (openapi-to-postmanv2), into OUT (default build/postman/): the collection, with the documented
// examples as saved responses and a test on every request (its status, the {data, meta}
// envelope); an environment for the mock and one for staging, the token a secret with no value.
// Requests carry the spec's documented examples: convertV2 honours parametersResolution (the
// older convert fills every value from schemas, "<string>", which the mock rightly answers 422).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import Converter from "openapi-to-postmanv2";

// A failure is one line (a conversion error, an operation the spec lacks), not a stack trace.
process.on("uncaughtException", (error) => {
  console.error(`collection: ${error.message}`);
  process.exit(1);
});

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = resolve(process.argv[2] ?? join(repo, "build/postman"));
const spec = readFileSync(join(repo, "openapi/bundled/ippanel.yaml"), "utf8");
const document = yaml.load(spec);

const options = { parametersResolution: "Example", folderStrategy: "Tags", includeAuthInfoInExample: false };
const converted = await new Promise((done, fail) =>
  Converter.convertV2({ type: "string", data: spec }, options, (error, result) =>
    error || !result.result ? fail(error ?? new Error(result.reason)) : done(result.output[0].data),
  ),
);

const resolved = (node) => {
  let here = node;
  while (here?.$ref) here = here.$ref.slice(2).split("/").reduce((at, key) => at[key], document);
  return here;
};
// The spec's operation of a converted request: by method and path (":id" is the spec's "{id}").
const operation = (request) => {
  const path = `/${request.url.path.map((part) => part.replace(/^:(.+)$/, "{$1}")).join("/")}`;
  const found = document.paths[path]?.[request.method.toLowerCase()];
  if (!found) throw new Error(`collection: ${request.method} ${path} is not in the spec`);
  return { path, found };
};

// A multipart body from the operation's first named example: the converter fills form fields
// from schemas and leaves files without a source. A file is named by the example ("file.xlsx")
// and written beside the collection, so that newman --working-dir finds it.
const files = new Set();
const multipart = (found) => {
  const content = resolved(found.requestBody)?.content?.["multipart/form-data"];
  const example = content && resolved(Object.values(content.examples ?? {})[0])?.value;
  if (!example) return undefined;
  const properties = resolved(content.schema).properties ?? {};
  return Object.entries(example).flatMap(([key, value]) => {
    const schema = resolved(properties[key]) ?? {};
    const binary = (schema.items ? resolved(schema.items) : schema).format === "binary";
    return [value].flat().map((one) => {
      if (!binary) return { key, value: String(one), type: "text" };
      files.add(String(one));
      return { key, src: String(one), type: "file" };
    });
  });
};

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
    const { request } = item;
    const { path, found } = operation(request);
    // An operation served from the host's root (its own `servers`, the /v2 paths) is not under
    // baseUrl's /v1 on a real server.
    if (document.paths[path].servers ?? found.servers) request.url.host = ["{{rootUrl}}"];
    // A literal "+" in a query is a space to the server: a phone number's must be encoded.
    for (const parameter of request.url.query ?? []) parameter.value = parameter.value?.replaceAll("+", "%2B");
    if (request.body?.mode === "formdata") request.body.formdata = multipart(found) ?? request.body.formdata;
    // No auth of its own means "inherit" to Postman: an operation without security has none.
    request.auth ??= { type: "noauth" };
    const success = (item.response ?? []).map((r) => r.code).find((code) => code >= 200 && code < 300);
    item.event = [{ listen: "test", script: { type: "text/javascript", exec: TEST(success ?? 200) } }];
  }
};
visit(converted.item);
// The converter names the credential {{apiKey}}; the environments' secret is {{token}}.
const collection = JSON.parse(JSON.stringify(converted).replaceAll("{{apiKey}}", "{{token}}"));
delete collection.auth;
const [mock] = document.servers;
collection.variable = [
  { key: "baseUrl", value: mock.url, type: "string" },
  { key: "rootUrl", value: mock.url, type: "string" },
];

const environment = (name, baseUrl, rootUrl) => ({
  name: `IPPanel ${name}`,
  values: [
    { key: "baseUrl", value: baseUrl, type: "default", enabled: true },
    { key: "rootUrl", value: rootUrl, type: "default", enabled: true },
    // Never a value in a file: set it in Postman's current value, or newman --env-var token=...
    { key: "token", value: "", type: "secret", enabled: true },
  ],
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "ippanel.postman_collection.json"), JSON.stringify(collection, null, 2));
writeFileSync(join(out, "mock.postman_environment.json"), JSON.stringify(environment("mock", mock.url, mock.url), null, 2));
// Your staging server's address goes here (as with make contract-live's IPPANEL_BASE_URL).
const staging = environment("staging", "https://staging.example.com/v1", "https://staging.example.com");
writeFileSync(join(out, "staging.postman_environment.json"), JSON.stringify(staging, null, 2));
// The examples' files, so that the multipart requests send something: replace them with yours.
for (const name of files) writeFileSync(join(out, name), "a sample file of the IPPanel collection\n");
console.log(`${requests} requests: ${join(out, "ippanel.postman_collection.json")}`);
