// A local web server whose pages answer as the links a checker meets do: fine, moved, missing,
// gone, refusing HEAD, failing, and one that never answers. The link checker's unit tests and its
// admin journey start one each.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LinkServerRequest {
  method: string;
  path: string;
  userAgent: string;
  at: number;
}

export interface LinkServer {
  /** The address of one of its pages, e.g. `url("/missing")`. */
  url(path: string): string;
  /** Every request it was sent, in order. */
  requests: LinkServerRequest[];
  close(): Promise<void>;
}

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  (_request, response) => {
    response.writeHead(code, { "content-type": "text/plain; charset=utf-8", ...headers });
    response.end(`${code}\n`);
  };

/** The pages, by path; any other path is 404. */
const PAGES: Record<string, Answer> = {
  "/ok": status(200),
  "/moved": status(301, { location: "/ok" }),
  "/moved-permanently-elsewhere": status(308, { location: "https://elsewhere.example/new-home" }),
  "/temporary": status(302, { location: "https://elsewhere.example/login?next=%2F" }),
  "/missing": status(404),
  "/gone": status(410),
  "/server-error": status(500),
  "/head-refused": (request, response) =>
    (request.method === "HEAD" ? status(405, { allow: "GET" }) : status(200))(request, response),
  // Never answers: the checker's time limit must end the wait.
  "/hang": () => {},
};

/** Starts one on a loopback address (any of 127.0.0.0/8 on Linux: each is a host of its own). */
export async function startLinkServer(host = "127.0.0.1"): Promise<LinkServer> {
  const requests: LinkServerRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({
      method: request.method ?? "",
      path,
      userAgent: request.headers["user-agent"] ?? "",
      at: Date.now(),
    });
    (PAGES[path] ?? status(404))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // The hanging requests' sockets would keep it open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
