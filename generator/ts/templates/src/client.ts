// Hand-written: generator/ts/templates/src/client.ts, copied unchanged by `make generate`.
// The layer openapi-fetch leaves to its users, done once for this API: the token sent raw, the
// multipart body of a file send, and `Prefer` values the mock knows.
import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import { queryCredentialPaths, type responseExamples } from "./examples.js";
import type { paths } from "./schema.js";

export type IppanelClient = Client<paths>;

export interface IppanelClientOptions extends Omit<ClientOptions, "bodySerializer"> {
  /** e.g. https://edge.ippanel.com/v1, or the mock's http://127.0.0.1:4010 */
  baseUrl: string;
  /** The API token, sent as it is in `Authorization` (no "Bearer" prefix: the API takes it raw). */
  token?: string;
  /** Credentials of the operations that take them in the query instead (URL send:
   * `{ apikey }`, or `{ username, password }`); added to those requests only. */
  queryCredentials?: Record<string, string>;
}

/** A client for every operation of the spec: `client.POST("/api/send", { body })`. */
export function createIppanelClient({
  token,
  queryCredentials,
  ...options
}: IppanelClientOptions): IppanelClient {
  const client = createClient<paths>({ ...options, bodySerializer: serializeBody });
  if (token !== undefined) client.use(rawToken(token));
  if (queryCredentials !== undefined) client.use(inQuery(queryCredentials));
  return client;
}

function inQuery(credentials: Record<string, string>): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (!queryCredentialPaths.includes(schemaPath)) return request;
      const url = new URL(request.url);
      // A credential given on the call itself wins.
      for (const [name, value] of Object.entries(credentials)) {
        if (!url.searchParams.has(name)) url.searchParams.set(name, value);
      }
      return new Request(url, request);
    },
  };
}

function rawToken(token: string): Middleware {
  return {
    onRequest({ request }) {
      // A per-call Authorization header wins.
      if (!request.headers.has("Authorization")) request.headers.set("Authorization", token);
      return request;
    },
  };
}

function isFile(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

/** JSON, unless a field holds a file (a Blob or File, or an array of them): then multipart, one
 * part per array item under the field's own name (`files[]` once per file). Without this, a typed
 * multipart body would go out as JSON, and the API answers 422. */
export function serializeBody(body: unknown): string | FormData {
  const fields = body !== null && typeof body === "object" ? Object.entries(body) : [];
  if (!fields.some(([, value]) => isFile(value) || (Array.isArray(value) && value.some(isFile)))) {
    return JSON.stringify(body);
  }
  const form = new FormData();
  for (const [name, value] of fields) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (isFile(item)) {
        form.append(name, item, "name" in item && typeof item.name === "string" ? item.name : name);
      } else {
        form.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
      }
    }
  }
  return form;
}

type Examples = typeof responseExamples;
type ExamplePath = keyof Examples;
type ExampleMethod<P extends ExamplePath> = keyof Examples[P] & string;
type NamesOf<T> = T extends readonly (infer Name extends string)[] ? Name : never;
type StatusNames<P extends ExamplePath, M extends ExampleMethod<P>> = {
  [S in keyof Examples[P][M] & string]: NamesOf<Examples[P][M][S]>;
};

/** The `Prefer` values the mock answers for one operation: `example=<name>`, `code=<status>`, or
 * `code=<status>, example=<name>`, with the spec's own example names (a typo would get Prism's
 * problem+json instead of the API's envelope). */
export type PreferFor<P extends ExamplePath, M extends ExampleMethod<P>> =
  | `example=${StatusNames<P, M>[keyof StatusNames<P, M>]}`
  | {
      [S in keyof StatusNames<P, M> & string]: `code=${S}` | `code=${S}, example=${StatusNames<P, M>[S]}`;
    }[keyof StatusNames<P, M> & string];

/** Headers asking the mock for one named example of one operation:
 * `client.POST("/api/send", { body, headers: prefer("/api/send", "post", "example=pattern") })`. */
export function prefer<P extends ExamplePath, M extends ExampleMethod<P>>(
  _path: P,
  _method: M,
  value: PreferFor<P, M>,
): { Prefer: string } {
  return { Prefer: value };
}
