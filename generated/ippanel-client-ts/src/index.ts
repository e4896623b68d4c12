// Hand-written: generator/ts/templates/src/index.ts, copied unchanged by `make generate`.
export {
  createIppanelClient,
  prefer,
  serializeBody,
  type IppanelClient,
  type IppanelClientOptions,
  type PreferFor,
} from "./client.js";
export { queryCredentialPaths, responseExamples } from "./examples.js";
export type { components, operations, paths } from "./schema.js";
