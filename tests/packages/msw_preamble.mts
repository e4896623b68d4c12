// Imported first by the every-operation program (tests/ts/program.py) in the user's project:
// with MSW_BASE_URL set, msw's setupServer answers the client's own calls with the package's
// handlers instead of the mock. MSW_BREAK="get /api/..." swaps one handler for a wrong answer,
// to show the program notices.
import { after } from "node:test";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { createHandlers } from "ippanel-client/msw";

const baseUrl = process.env["MSW_BASE_URL"];
if (baseUrl) {
  const server = setupServer(...createHandlers({ baseUrl }));
  const [method, path] = (process.env["MSW_BREAK"] ?? "").split(" ");
  if (method === "get" || method === "post") {
    server.use(http[method](`${baseUrl}${path}`, () => HttpResponse.json({ data: null, meta: {} })));
  }
  server.listen({ onUnhandledRequest: "error" });
  after(() => server.close());
}
