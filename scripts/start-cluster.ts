// `npm run start:cluster`: the production shape on one machine (README, "Deploy at scale"):
// Varnish with deploy/varnish/tracker.vcl on PORT, in front of two `next start` instances on the
// ports above it, both on one PostgreSQL database and one Redis. Prepares the database once,
// starts the instances and then the tier, waits for each, says what is where, and stops them all
// on Ctrl-C. Needs a build (`npm run build`) and varnishd with its modules.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { Redis } from "ioredis";
import { z } from "zod";
import { findVarnishd, startVarnish, type RunningVarnish } from "./cache-tier/varnish";

const ZClusterEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** How many `next start` instances, on PORT+1, PORT+2, … */
  CLUSTER_INSTANCES: z.coerce.number().int().min(1).max(16).default(2),
  DATABASE_URL: z
    .string()
    .default("postgresql://postgres@127.0.0.1:5432/tracker")
    .refine((url) => /^postgres(ql)?:\/\//.test(url), {
      message: "must be a PostgreSQL URL: several instances share one server database, not an SQLite file",
    }),
  REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SITE_URL: z.url().optional(),
  CACHE_PURGE_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
});

function readEnv(): z.infer<typeof ZClusterEnvSchema> {
  const parsed = ZClusterEnvSchema.safeParse(
    Object.fromEntries(
      Object.keys(ZClusterEnvSchema.shape).map((key) => [key, process.env[key] || undefined]),
    ),
  );
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join("\n")}`);
}

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const READY_TIMEOUT_MS = 60_000;

/** Prints a child's lines with a label in front, so the instances' logs can be told apart. */
function prefixLines(stream: NodeJS.ReadableStream | null, label: string, to: NodeJS.WritableStream): void {
  if (!stream) return;
  createInterface({ input: stream }).on("line", (line) => to.write(`${label} ${line}\n`));
}

interface Instance {
  port: number;
  child: ChildProcess;
  exited: Promise<void>;
  stop(): Promise<void>;
}

function startInstance(port: number, env: Record<string, string>): Instance {
  // Node runs Next itself (no npm wrapper) in a process group of its own, which stop() ends.
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const label = `[app :${port}]`;
  prefixLines(child.stdout, label, process.stdout);
  prefixLines(child.stderr, label, process.stderr);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, "SIGTERM");
    const killer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return { port, child, exited, stop };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(instance: Instance): Promise<void> {
  const url = `http://127.0.0.1:${instance.port}/api/health`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await healthy(url))) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      throw new Error(`next start on ${instance.port} exited (its messages are above).`);
    }
    if (Date.now() > deadline) throw new Error(`next start on ${instance.port} was not healthy within 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function listening(port: number): Promise<boolean> {
  try {
    await (
      await fetch(`http://127.0.0.1:${port}/`, { method: "HEAD", signal: AbortSignal.timeout(1_000) })
    ).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000 });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis at ${url} does not answer (${error instanceof Error ? error.message : error}).`);
  } finally {
    redis.disconnect();
  }
}

const redact = (url: string) => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
};

async function main(): Promise<void> {
  const env = readEnv();
  if (!existsSync(".next/BUILD_ID")) throw new Error("No build in .next: run `npm run build` first.");
  findVarnishd();
  const appPorts = Array.from({ length: env.CLUSTER_INSTANCES }, (_, index) => env.PORT + 1 + index);
  for (const port of [env.PORT, ...appPorts]) {
    if (await listening(port)) throw new Error(`Port ${port} is taken: stop what runs there first.`);
  }
  await checkRedis(env.REDIS_URL);

  const authSecret = env.AUTH_SECRET ?? randomBytes(32).toString("hex");
  if (!env.AUTH_SECRET) {
    console.warn(
      "AUTH_SECRET is not set: using a new random one for this run. Sessions end when the cluster " +
        "stops; set AUTH_SECRET (32+ characters, e.g. `openssl rand -base64 32`) to keep them.",
    );
  }
  const purgeToken = env.CACHE_PURGE_TOKEN ?? randomBytes(24).toString("hex");
  const appEnv: Record<string, string> = {
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    AUTH_SECRET: authSecret,
    CACHE_PURGE_URLS: `http://127.0.0.1:${env.PORT}/`,
    CACHE_PURGE_TOKEN: purgeToken,
    // Varnish, on this machine, appends the reader's address to X-Forwarded-For.
    TRUSTED_PROXIES: "127.0.0.1",
    ...(env.SITE_URL && { SITE_URL: env.SITE_URL }),
  };

  console.log(`Preparing ${redact(env.DATABASE_URL)} (npm run db:prepare)…`);
  const prepared = spawnSync("npm", ["run", "--silent", "db:prepare"], {
    stdio: "inherit",
    env: { ...process.env, ...appEnv },
  });
  if (prepared.status !== 0) throw new Error("Preparing the database failed (see above).");

  const instances: Instance[] = [];
  let varnish: RunningVarnish | undefined;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the cluster…");
    // The tier first, so no reader is sent to an instance on its way out.
    await varnish?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    process.exit(code);
  };
  // `on`, not `once`: Ctrl-C reaches this process more than once (from the terminal, and relayed
  // by tsx), and a second signal without a handler would end it before the instances are stopped.
  process.on("SIGINT", () => void stopAll(130));
  process.on("SIGTERM", () => void stopAll(143));

  try {
    for (const port of appPorts) instances.push(startInstance(port, appEnv));
    await Promise.all(instances.map(waitUntilHealthy));
    varnish = await startVarnish({
      listen: `0.0.0.0:${env.PORT}`,
      backends: appPorts.map((port) => `127.0.0.1:${port}`),
      purgeToken,
      output: "errors-only",
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }

  for (const instance of instances) {
    void instance.exited.then(() => {
      if (!stopping) {
        console.error(
          `[app :${instance.port}] exited; Varnish sends readers to the other instances and serves ` +
            `what it keeps while none is left.`,
        );
      }
    });
  }
  void varnish.exited.then(() => {
    if (!stopping) {
      console.error("varnishd exited: stopping the cluster.");
      void stopAll(1);
    }
  });

  const rows = [
    ["readers and editors", `http://localhost:${env.PORT}/ (Varnish, deploy/varnish/tracker.vcl)`],
    ...appPorts.map((port, index) => [`instance ${index + 1}`, `http://127.0.0.1:${port}/ (next start)`]),
    ["database", redact(env.DATABASE_URL)],
    [
      "shared cache",
      `${env.REDIS_URL}${process.env.CACHE_NAMESPACE ? ` (namespace ${process.env.CACHE_NAMESPACE})` : ""}`,
    ],
    ["purges", `PURGE http://127.0.0.1:${env.PORT}/ from loopback, with the purge token`],
    ["site URL", env.SITE_URL ?? "unset (pages and feeds name http://localhost:3000)"],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `\nCluster up:\n${rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join("\n")}`,
  );
  console.log("\nCtrl-C stops it all.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
