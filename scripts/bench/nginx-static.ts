// The reference for the cache tier: nginx serving, as static files, the very answers the tier
// gave (the same body bytes, encoded as they were, and the same headers but those nginx sets
// itself), from a throwaway configuration and directory that stop() removes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

export interface CapturedAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, still compressed when it was. */
  body: Buffer;
}

/** One GET with these request headers, the body left as sent (fetch would decompress it). */
export function captureAnswer(url: string, headers: Record<string, string>): Promise<CapturedAnswer> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** What nginx writes itself, or what belongs to one connection or one cache, not to the answer. */
const OWN_HEADERS = new Set([
  "date",
  "age",
  "via",
  "x-varnish",
  "x-cache",
  "server",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-type",
  "accept-ranges",
  "last-modified",
]);

/** A value as an nginx string literal; null when it cannot be one (`$` would be read as a variable). */
function nginxString(value: string): string | null {
  if (value.includes("$") || /[\r\n]/.test(value)) return null;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function location(id: number, answer: CapturedAnswer): string {
  const headers = Object.entries(answer.headers).flatMap(([name, value]) =>
    OWN_HEADERS.has(name) || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [name, v]),
  );
  const lines = headers.flatMap(([name, value]) => {
    const literal = nginxString(value);
    return literal ? [`      add_header ${name} ${literal} always;`] : [];
  });
  const contentType = nginxString(String(answer.headers["content-type"] ?? "application/octet-stream"));
  return [`    location = /${id} {`, `      default_type ${contentType};`, ...lines, `    }`].join("\n");
}

export interface StaticNginx {
  /** `http://127.0.0.1:<port>`; answer i of the list is at `/<i>`. */
  origin: string;
  stop(): Promise<void>;
}

export function nginxVersion(): string {
  const result = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  const version = `${result.stdout ?? ""}${result.stderr ?? ""}`.match(/nginx\/\S+/)?.[0];
  if (!version) throw new Error("nginx not found: install it (apt-get install nginx).");
  return version;
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url, { signal: AbortSignal.timeout(1_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Starts nginx on 127.0.0.1:`port` serving `captured` (answer i at `/<i>`) until stop(). */
export async function startStaticNginx(port: number, captured: readonly CapturedAnswer[]): Promise<StaticNginx> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`Port ${port} is taken: stop what runs there first.`);
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-bench-nginx-"));
  // nginx's workers run as another user when it is started as root; the files are public pages.
  chmodSync(dir, 0o755);
  captured.forEach((answer, id) => writeFileSync(path.join(dir, String(id)), answer.body, { mode: 0o644 }));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
    (kind) => `  ${kind}_temp_path ${path.join(dir, `${kind}-temp`)};`,
  );
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      `worker_processes auto;`,
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      `daemon off;`,
      `events { worker_connections 1024; }`,
      `http {`,
      `  access_log off;`,
      `  sendfile on;`,
      `  tcp_nopush on;`,
      `  tcp_nodelay on;`,
      // As Varnish: no limit on the requests of one keep-alive connection (nginx's is 1,000).
      `  keepalive_requests 1000000;`,
      `  etag off;`,
      `  server_tokens off;`,
      ...temp,
      `  server {`,
      `    listen 127.0.0.1:${port};`,
      `    root ${dir};`,
      ...captured.map((answer, id) => location(id, answer)),
      `  }`,
      `}`,
      ``,
    ].join("\n"),
  );
  const child: ChildProcess = spawn(
    "nginx",
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")],
    { stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, "SIGTERM");
      const killer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await answers(`${origin}/0`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not start on ${port} (its messages are above).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop };
}
