// Hand-written: generator/ts/templates/src/msw.ts, copied unchanged by `make generate`.
// msw request handlers for every operation of the spec (src/msw-data.ts), answering as the kit's
// mock does, for frontend tests that mock inside their own runner instead of running a server:
// the documented example (chosen with `Prefer: example=<name>` and `code=<status>`, as with the
// mock), the 401 answer without credentials, the 422 envelope naming the fields of a body that
// breaks the schema (Ajv, compiled from the spec's own schemas), and the latency and faults
// `Prefer: delay=<ms>` and `Prefer: fault=<kind>` ask for (a 5xx or 429 envelope, a dropped
// connection: a network error, a hang: an answer whose body never ends). What the mock answers
// itself (a token sent with a scheme, a `Prefer` naming what the operation does not document,
// the fields a 422 names, in the API's words, the faults) is the mock's own code,
// src/documented.js, copied from it by `make generate`; this file stands in for Prism, which
// the mock runs it on.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { delay, HttpResponse, http, type RequestHandler } from "msw";
import {
  faultAnswer,
  faultsAsked,
  labelsFrom,
  PREFER_STATUS,
  preferProblem,
  readsAsNoToken,
  validationEnvelope,
} from "./documented.js";
import { components, operations } from "./msw-data.js";

export interface MockOperation {
  id: string;
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch";
  path: string;
  /** Any one requirement met lets the request in; each lists the credentials it needs. */
  security: { in: string; name: string }[][];
  /** Request body schema by media type. */
  bodies: Record<string, unknown>;
  /** Every documented status, in the spec's order, with its JSON examples by name. */
  responses: { status: string; examples: Record<string, unknown> }[];
}

export interface HandlersOptions {
  /** The base URL the client under test calls, e.g. https://edge.ippanel.com/v1 */
  baseUrl: string;
}

type Schema = Record<string, unknown>;
type Body = Record<string, unknown>;
/** A violation as documented.js reads it: where in the body, and a missing field's name. */
type Failure = { path: (string | number)[]; required: boolean; missing?: string };
const DOCUMENT = "ippanel.json";

/** One msw handler per operation of the spec. */
export function createHandlers({ baseUrl }: HandlersOptions): RequestHandler[] {
  const validators = new Validators();
  const labelOf = labelsFrom([...operations]);
  const base = baseUrl.replace(/\/+$/, "");
  // msw takes the first handler that matches: a literal segment (`contact-list/export`) must come
  // before a parameter in its place (`contact-list/{contact_id}`).
  const ordered = [...operations].sort((a, b) => a.path.split("{").length - b.path.split("{").length);
  return ordered.map((operation) =>
    http[operation.method](`${base}${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`, ({ request }) =>
      answer(operation, request, validators, (field) => labelOf(operation, field)),
    ),
  );
}

/** The answer, after the delay `Prefer` asks for, or the fault it asks for in its place, as the
 * mock's faults.js gives them. */
async function answer(
  operation: MockOperation,
  request: Request,
  validators: Validators,
  label: (field: string) => string,
): Promise<Response> {
  const asked = faultsAsked(request.headers.get("Prefer"));
  if (asked.problem) return HttpResponse.json(asked.problem, { status: PREFER_STATUS });
  if (asked.delay) await delay(asked.delay);
  if (asked.fault === "drop") return HttpResponse.error();
  const faulty = asked.fault === undefined ? null : faultAnswer(asked.fault, `Prefer: fault=${asked.fault}`);
  if (faulty) return HttpResponse.json(faulty.body, { status: faulty.status, headers: faulty.headers });
  const decided = await documented(operation, request, validators, label);
  return asked.fault === "hang" ? stalled(decided) : decided;
}

/** The answer's head and half its body, and never the rest: reading its body never ends. */
async function stalled(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const half = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, bytes.length >> 1));
    },
  });
  return new HttpResponse(half, { status: response.status, headers: response.headers });
}

async function documented(
  operation: MockOperation,
  request: Request,
  validators: Validators,
  label: (field: string) => string,
): Promise<Response> {
  const wanted = parsePrefer(request.headers.get("Prefer"));
  const misuse = preferProblem(operation, wanted);
  if (misuse) return HttpResponse.json(misuse, { status: PREFER_STATUS });
  if (!hasCredentials(operation, request)) return respond(operation, { code: "401", example: wanted.example });
  const failed = await validators.bodyErrors(operation, request);
  // A body that breaks the schema gets the 422 naming its fields, unless an error was asked for.
  if (failed !== null && !(wanted.code ?? statusOf(operation, wanted.example) ?? "2").startsWith("4")) {
    const named = validationEnvelope({
      ...failed,
      label,
      validate: (value, schema) => validators.failures(schema as Schema, value, failed.multipart),
      resolve,
    });
    return named ? HttpResponse.json(named, { status: 422 }) : respond(operation, { code: "422" });
  }
  return respond(operation, wanted);
}

/** `Prefer` as Prism reads it: `code=<status>`, `example=<name>`, separated by `,` or `;`. */
function parsePrefer(header: string | null): { code?: string; example?: string } {
  const found: { code?: string; example?: string } = {};
  for (const part of (header ?? "").split(/[,;]/)) {
    const [key, value] = part.split("=").map((s) => s.trim());
    if ((key === "code" || key === "example") && value) found[key] = value;
  }
  return found;
}

function statusOf(operation: MockOperation, example: string | undefined): string | undefined {
  if (example === undefined) return undefined;
  return operation.responses.find((r) => example in r.examples)?.status;
}

/** As Prism picks: the example named (in the status asked for), else that status's first, else
 * the first success's. */
function respond(operation: MockOperation, wanted: { code?: string; example?: string }): Response {
  const status =
    wanted.code ??
    statusOf(operation, wanted.example) ??
    operation.responses.find((r) => r.status.startsWith("2"))?.status ??
    operation.responses[0]?.status;
  const examples = operation.responses.find((r) => r.status === status)?.examples ?? {};
  const name = wanted.example !== undefined && wanted.example in examples ? wanted.example : Object.keys(examples)[0];
  const body = name === undefined ? null : examples[name];
  return HttpResponse.json(body as Body, { status: Number(status ?? 500) });
}

function hasCredentials(operation: MockOperation, request: Request): boolean {
  if (operation.security.length === 0) return true;
  const query = new URL(request.url).searchParams;
  const given = (credential: { in: string; name: string }): boolean => {
    if (credential.in === "query") return Boolean(query.get(credential.name));
    const value = request.headers.get(credential.name);
    return Boolean(value) && !readsAsNoToken(value);
  };
  return operation.security.some((requirement) => requirement.every(given));
}

/** Ajv over the spec's schemas, compiled once per schema; multipart fields arrive as strings. */
class Validators {
  private readonly json = { ajv: this.ajv(false), compiled: new WeakMap<object, ValidateFunction>() };
  private readonly form = { ajv: this.ajv("array"), compiled: new WeakMap<object, ValidateFunction>() };

  private ajv(coerceTypes: false | "array"): Ajv2020 {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, coerceTypes });
    formatsPlugin.default(ajv);
    ajv.addFormat("binary", true).addFormat("password", true);
    ajv.addSchema({ $id: DOCUMENT, components });
    return ajv;
  }

  /** A schema's violations of `value` as documented.js reads them; [] when it fits. Each schema
   * is compiled once, its `#/` refs pointed at the document of the components. */
  failures(schema: Schema, value: unknown, multipart: boolean): Failure[] {
    const { ajv, compiled } = multipart ? this.form : this.json;
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(pointInto(schema) as Schema);
      compiled.set(schema, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(asFailure);
  }

  /** The body's schema, value and violations, or null when it fits (or the operation takes none). */
  async bodyErrors(
    operation: MockOperation,
    request: Request,
  ): Promise<{ schema: Schema; body: unknown; violations: Failure[]; multipart: boolean } | null> {
    const media = Object.keys(operation.bodies);
    if (media.length === 0) return null;
    const type = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const multipart = type === "multipart/form-data";
    const schema = (operation.bodies[type] ?? operation.bodies[media[0] ?? ""]) as Schema;
    let body: unknown = null;
    try {
      body = multipart ? formObject(await request.formData()) : JSON.parse(await request.text());
    } catch {
      body = null; // read as none, as the mock reads a body that is not JSON
    }
    const violations = this.failures(schema, body ?? {}, multipart);
    return violations.length ? { schema, body, violations, multipart } : null;
  }
}

/** One of Ajv's errors as documented.js reads it. */
function asFailure(error: ErrorObject): Failure {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (error.keyword !== "required") return { path, required: false };
  return { path, required: true, missing: String(error.params.missingProperty) };
}

function resolve(schema: unknown): unknown {
  const ref = (schema as Schema | null)?.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.split("/").pop() ?? "";
  return (components.schemas as Record<string, Schema>)[name] ?? schema;
}

function pointInto(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pointInto);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${DOCUMENT}${value}` : pointInto(value),
    ]),
  );
}

/** A form as the spec names it: the `files[]` parts as one array, a file by its name. */
function formObject(form: FormData): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  form.forEach((part, key) => {
    const value = typeof part === "string" ? part : part.name;
    found[key] = key.endsWith("[]") ? [...((found[key] as unknown[] | undefined) ?? []), value] : value;
  });
  return found;
}
