// Load with wrk: written in C on epoll, it keeps 20 connections busy at the tens of thousands of
// requests per second that Varnish and nginx answer on a small machine, where autocannon (one Node
// thread) would measure itself. Its latencies are of every request (wrk-report.lua).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { LoadResult } from "./measure";

const REPORT_SCRIPT = fileURLToPath(new URL("./wrk-report.lua", import.meta.url));

const ZWrkReportSchema = z.object({
  requests: z.number(),
  /** Microseconds, as every time below. */
  duration: z.number(),
  bytes: z.number(),
  connect: z.number(),
  read: z.number(),
  write: z.number(),
  /** Answers other than 2xx or 3xx. */
  status: z.number(),
  timeout: z.number(),
  mean: z.number(),
  p50: z.number(),
  p99: z.number(),
  max: z.number(),
});

/** wrk's version line, or an error saying how to install it. */
export function wrkVersion(): string {
  const result = spawnSync("wrk", ["-v"], { encoding: "utf8" });
  const version = `${result.stdout ?? ""}${result.stderr ?? ""}`.match(/^wrk \S+/)?.[0];
  if (!version) throw new Error("wrk not found: install it (apt-get install wrk).");
  return version;
}

export interface WrkOptions {
  connections: number;
  seconds: number;
  /** Request headers, e.g. Accept-Encoding. */
  headers: Record<string, string>;
  /** wrk's threads: on a machine shared with the server, one per core at most. */
  threads: number;
  /** A request slower than this counts as failed. */
  timeoutSeconds?: number;
}

/** `seconds` of load on `url` from `connections` keep-alive connections. */
export function wrkLoad(url: string, options: WrkOptions): Promise<LoadResult> {
  const args = [
    `-t${Math.min(options.threads, options.connections)}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    `--timeout`,
    `${options.timeoutSeconds ?? 30}s`,
    `-s`,
    REPORT_SCRIPT,
    ...Object.entries(options.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("WRK-JSON "));
      if (code !== 0 || !line) return reject(new Error(`wrk ${args.join(" ")} failed (${code}):\n${output}`));
      const report = ZWrkReportSchema.parse(JSON.parse(line.slice("WRK-JSON ".length)));
      const ms = (microseconds: number) => microseconds / 1000;
      resolve({
        requestsPerSecond: report.requests / (report.duration / 1e6),
        answers: report.requests,
        mean: ms(report.mean),
        p50: ms(report.p50),
        p99: ms(report.p99),
        non2xx: report.status,
        errors: report.connect + report.read + report.write + report.timeout,
        bytesPerAnswer: report.requests > 0 ? report.bytes / report.requests : NaN,
      });
    });
  });
}
