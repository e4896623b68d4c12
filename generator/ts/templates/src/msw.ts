// Hand-written: generator/ts/templates/src/msw.ts, copied unchanged by `make generate`.
// msw request handlers for every operation of the spec (src/msw-data.ts), answering as the kit's
// mock does, for frontend tests that mock inside their own runner instead of running a server:
// the documented example (chosen with `Prefer: example=<name>` and `code=<status>`, as with the
// mock), the 401 envelope without credentials, the 422 envelope naming the fields of a body that
// breaks the schema (Ajv, compiled from the spec's own schemas).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { HttpResponse, http, type RequestHandler } from "msw";
import { components, operations } from "./msw-data.js";

export interface MockOperation {
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch";
  path: string;
  /** Any one requirement met lets the request in; each lists the credentials it needs. */
  security: { in: string; name: string }[][];
  /** Request body schema by media type. */
  bodies: Record<string, unknown>;
  /** JSON response examples: status -> example name -> body. */
  responses: Record<string, Record<string, unknown>>;
}

export interface HandlersOptions {
  /** The base URL the client under test calls, e.g. https://edge.ippanel.com/v1 */
  baseUrl: string;
}

type Schema = Record<string, unknown>;
const DOCUMENT = "ippanel.json";
const REQUIRED = /^تکمیل گزینه (.+) الزامی است$/;

/** One msw handler per operation of the spec. */
export function createHandlers({ baseUrl }: HandlersOptions): RequestHandler[] {
  const validators = new Validators();
  const base = baseUrl.replace(/\/+$/, "");
  // msw takes the first handler that matches: a literal segment (`contact-list/export`) must come
  // before a parameter in its place (`contact-list/{contact_id}`).
  const ordered = [...operations].sort((a, b) => a.path.split("{").length - b.path.split("{").length);
  return ordered.map((operation) =>
    http[operation.method](`${base}${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`, ({ request }) =>
      answer(operation, request, validators),
    ),
  );
}

async function answer(operation: MockOperation, request: Request, validators: Validators): Promise<Response> {
  const wanted = parsePrefer(request.headers.get("Prefer"));
  if (!hasCredentials(operation, request)) {
    return respond(operation, { code: "401", example: wanted.example }, envelope("Unauthenticated.", "401-1"));
  }
  const errors = await validators.bodyErrors(operation, request);
  // A body that breaks the schema gets the 422 naming its fields, unless an error was asked for.
  if (errors !== null && !(wanted.code ?? statusOf(operation, wanted.example) ?? "2").startsWith("4")) {
    return HttpResponse.json(fieldErrors(operation, errors), { status: 422 });
  }
  return respond(operation, wanted, envelope("No documented example for this request.", "500-1"));
}

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
  return Object.keys(operation.responses).find((status) => example in (operation.responses[status] ?? {}));
}

/** The example named (in the status asked for), else that status's first, else the first success. */
function respond(operation: MockOperation, wanted: { code?: string; example?: string }, fallback: Body): Response {
  const statuses = Object.keys(operation.responses);
  const status =
    wanted.code ?? statusOf(operation, wanted.example) ?? statuses.find((s) => s.startsWith("2")) ?? statuses[0];
  const examples = operation.responses[status ?? ""] ?? {};
  const name = wanted.example !== undefined && wanted.example in examples ? wanted.example : Object.keys(examples)[0];
  const body = name === undefined ? fallback : examples[name];
  return HttpResponse.json(body as Body, { status: Number(status ?? 500) });
}

type Body = Record<string, unknown>;

function envelope(message: string, code: string, errors?: Record<string, string[]>): Body {
  return {
    data: null,
    meta: { status: false, message, message_parameters: [], message_code: code, ...(errors ? { errors } : {}) },
  };
}

function hasCredentials(operation: MockOperation, request: Request): boolean {
  if (operation.security.length === 0) return true;
  const query = new URL(request.url).searchParams;
  return operation.security.some((requirement) =>
    requirement.every((credential) =>
      credential.in === "query" ? Boolean(query.get(credential.name)) : Boolean(request.headers.get(credential.name)),
    ),
  );
}

/** Fields named as the API names them (`params.recipients.0`), in the seed's words, as the mock does. */
function fieldErrors(operation: MockOperation, errors: ErrorObject[]): Body {
  const labels: Record<string, string> = {};
  for (const example of Object.values(operation.responses["422"] ?? {})) {
    const named = (example as { meta?: { errors?: Record<string, string[]> } }).meta?.errors ?? {};
    for (const [field, messages] of Object.entries(named)) {
      const match = REQUIRED.exec(messages[0] ?? "");
      if (match?.[1]) labels[field] = match[1];
    }
  }
  const byField: Record<string, string[]> = {};
  for (const error of errors) {
    const path = error.instancePath.split("/").slice(1).map((segment) => segment.replace(/\[\]$/, ""));
    // Sent empty ("", [], null) is missing to the API's framework too (Laravel's `required`).
    const empty = error.data === null || error.data === "" || (Array.isArray(error.data) && error.data.length === 0);
    const missing = error.keyword === "required" || empty;
    if (error.keyword === "required") path.push(String(error.params.missingProperty).replace(/\[\]$/, ""));
    const field = path.join(".") || "body";
    const label = labels[field] ?? field;
    const message = missing ? `تکمیل گزینه ${label} الزامی است` : `${label} معتبر نیست`;
    byField[field] = [...new Set([...(byField[field] ?? []), message])];
  }
  // A field whose inner fields failed is named by those (`params.code`, not `params`).
  for (const field of Object.keys(byField)) {
    if (Object.keys(byField).some((other) => other.startsWith(`${field}.`))) delete byField[field];
  }
  const first = Object.values(byField)[0]?.[0] ?? "The given data was invalid.";
  return envelope(first, "400-2", byField);
}

/** Ajv over the spec's schemas, compiled once per schema; multipart fields arrive as strings. */
class Validators {
  private readonly json = this.ajv(false);
  private readonly form = this.ajv("array");
  private readonly cache = new Map<unknown, ValidateFunction>();

  private ajv(coerceTypes: false | "array"): Ajv2020 {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, coerceTypes });
    formatsPlugin.default(ajv);
    ajv.addFormat("binary", true).addFormat("password", true);
    ajv.addSchema({ $id: DOCUMENT, components });
    return ajv;
  }

  private errors(schema: Schema, value: unknown, multipart: boolean): ErrorObject[] {
    const ajv = multipart ? this.form : this.json;
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      this.cache.set(schema, validate);
    }
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  /** The body's violations, or null when it fits (or the operation takes none). */
  async bodyErrors(operation: MockOperation, request: Request): Promise<ErrorObject[] | null> {
    const media = Object.keys(operation.bodies);
    if (media.length === 0) return null;
    const type = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const multipart = type === "multipart/form-data";
    const schema = (operation.bodies[type] ?? operation.bodies[media[0] ?? ""]) as Schema;
    let value: unknown = {};
    try {
      value = multipart ? formObject(await request.formData()) : JSON.parse((await request.text()) || "{}");
    } catch {
      value = {};
    }
    const found = this.violations(schema, value, multipart);
    return found.length ? found : null;
  }

  // A oneOf with a discriminator fails in every variant; the one its property names is the one
  // whose failures the API reports (with what the union declares beside its variants).
  private violations(schema: Schema, value: unknown, multipart: boolean): ErrorObject[] {
    const all = this.errors(schema, value, multipart);
    const union = resolve(schema);
    const discriminator = union.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!all.length || !discriminator || !union.oneOf) return all;
    const { oneOf: _variants, discriminator: _chosen, ...shared } = union;
    const tag = (value as Record<string, unknown> | null)?.[discriminator.propertyName];
    const variant = typeof tag === "string" ? discriminator.mapping?.[tag] : undefined;
    const own = this.errors(pointInto(shared) as Schema, value, multipart);
    if (variant === undefined) {
      const error = { instancePath: `/${discriminator.propertyName}`, keyword: tag === undefined ? "enum" : "const" };
      return [...own, { ...error, schemaPath: "", params: {} }];
    }
    return [...own, ...this.errors({ $ref: `${DOCUMENT}${variant}` }, value, multipart)];
  }
}

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.split("/").pop() ?? "";
  return ((components.schemas as Record<string, Schema>)[name] ?? schema) as Schema;
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
