// Runs Varnish with deploy/varnish/tracker.vcl in front of one or more `next start` instances:
// writes the deployment's part of the configuration (backends.vcl: the backends and their health
// probe, who may purge) into a private working directory and runs varnishd in the foreground
// from there; stopping it removes the directory. As a command:
//
//   tsx scripts/cache-tier/varnish.ts --listen 127.0.0.1:3101 --backend 127.0.0.1:3102 \
//     [--backend host:port ...] [--purge-token T] [--purge-from 127.0.0.1 ...] [--storage malloc,256m]
//
// and from other scripts (start-cluster, the bench): `await startVarnish({...})`, then `stop()`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";

export const TRACKER_VCL = fileURLToPath(new URL("../../deploy/varnish/tracker.vcl", import.meta.url));
const INSTALL_HINT = "apt-get install varnish varnish-modules";

/** `host:port`, `[v6]:port`: where to listen or a backend. */
const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const ZHostPortSchema = z
  .string()
  .refine(
    (value) => Number(HOST_PORT.exec(value)?.[2] ?? Infinity) <= 65_535,
    "expected host:port with a port up to 65535, e.g. 127.0.0.1:3001",
  );

/** An address or network allowed to purge: 127.0.0.1, ::1, 10.0.0.0/8. */
const ZPurgerSchema = z.string().refine((value) => {
  const [address, bits, ...rest] = value.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}, "expected an IP address or network, e.g. 10.0.0.0/8");

export const ZVarnishOptionsSchema = z.object({
  listen: ZHostPortSchema,
  backends: z.array(ZHostPortSchema).min(1, "at least one --backend"),
  // Written into the VCL as a string literal: no quotes, no spaces, no line breaks.
  purgeToken: z
    .string()
    .regex(/^[A-Za-z0-9._~+/=-]{16,200}$/, "16 to 200 letters, digits or ._~+/=-")
    .optional(),
  purgeFrom: z.array(ZPurgerSchema).min(1).default(["127.0.0.0/8", "::1"]),
  storage: z
    .string()
    .regex(/^malloc,\d+[kmgKMG]?$/)
    .default("malloc,256m"),
  /** varnishd's messages: all of them, or only what is not routine (on stderr, marked [varnish]). */
  output: z.enum(["inherit", "errors-only"]).default("inherit"),
});
export type VarnishOptions = z.input<typeof ZVarnishOptionsSchema>;

function splitHostPort(value: string): { host: string; port: string } {
  const colon = value.lastIndexOf(":");
  return { host: value.slice(0, colon).replace(/^\[(.*)\]$/, "$1"), port: value.slice(colon + 1) };
}

function aclEntry(purger: string): string {
  const [address, bits] = purger.split("/");
  return bits === undefined ? `"${address}";` : `"${address}"/${bits};`;
}

/** backends.vcl, which tracker.vcl includes: what differs between deployments. */
export function renderBackendsVcl(input: VarnishOptions): string {
  const options = ZVarnishOptionsSchema.parse(input);
  // Each instance twice: probed, and as the fallback when no instance is healthy (its database
  // away, it still answers with its outage page, or a feed's or the API's own 503).
  const backends = options.backends.flatMap((backend, index) => {
    const { host, port } = splitHostPort(backend);
    const definition = (name: string, probed: boolean) =>
      [
        `backend ${name} {`,
        `\t.host = "${host}";`,
        `\t.port = "${port}";`,
        `\t.connect_timeout = 2s;`,
        `\t.first_byte_timeout = 60s;`,
        `\t.between_bytes_timeout = 30s;`,
        ...(probed ? [`\t.probe = app_health;`] : []),
        `}`,
      ].join("\n");
    return [definition(`app_${index}`, true), definition(`app_${index}_fallback`, false)];
  });
  return [
    `# Written by scripts/cache-tier/varnish.ts for this deployment; included by tracker.vcl.`,
    ``,
    `# 200 when the instance and its database are fine, else 503 (README, /api/health). Sick after`,
    `# two failures of the last three, healthy again after two successes; starts healthy.`,
    `probe app_health {`,
    `\t.url = "/api/health";`,
    `\t.interval = 1s;`,
    `\t.timeout = 2s;`,
    `\t.window = 3;`,
    `\t.threshold = 2;`,
    `\t.initial = 2;`,
    `}`,
    ``,
    ...backends.flatMap((backend) => [backend, ``]),
    `sub tracker_init {`,
    `\tnew app = directors.round_robin();`,
    ...options.backends.map((_, index) => `\tapp.add_backend(app_${index});`),
    `\tnew app_fallback = directors.round_robin();`,
    ...options.backends.map((_, index) => `\tapp_fallback.add_backend(app_${index}_fallback);`),
    `}`,
    ``,
    `acl purgers {`,
    ...options.purgeFrom.map((purger) => `\t${aclEntry(purger)}`),
    `}`,
    ``,
    options.purgeToken
      ? [
          `# Purges must also carry the token the app was given (CACHE_PURGE_TOKEN).`,
          `sub tracker_purge_guard {`,
          `\tif (req.http.purge-token != "${options.purgeToken}") {`,
          `\t\treturn (synth(403, "Forbidden"));`,
          `\t}`,
          `}`,
        ].join("\n")
      : [`# No purge token configured: the ACL alone decides.`, `sub tracker_purge_guard {`, `}`].join("\n"),
    ``,
  ].join("\n");
}

export interface RunningVarnish {
  /** `http://<listen>`, on loopback when it listens on every interface. */
  origin: string;
  workdir: string;
  /** Settles when varnishd exits, whoever stopped it. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** The varnishd to run, or an error saying how to install it. */
export function findVarnishd(): string {
  for (const candidate of ["varnishd", "/usr/sbin/varnishd"]) {
    const probe = spawnSync(candidate, ["-V"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  throw new Error(`varnishd not found: install Varnish 7 with its modules (${INSTALL_HINT}).`);
}

/** The id of a group, e.g. the one varnishd's users share, or undefined if there is none. */
function groupId(name: string): number | undefined {
  const result = spawnSync("getent", ["group", name], { encoding: "utf8" });
  const gid = Number(result.stdout?.split(":")[2]);
  return result.status === 0 && Number.isInteger(gid) ? gid : undefined;
}

/** Compiles the configuration without starting anything; throws varnishd's message if it fails. */
function compile(varnishd: string, workdir: string, vcl: string): void {
  const result = spawnSync(
    varnishd,
    ["-C", "-n", path.join(workdir, "n"), "-p", `vcl_path=${workdir}`, "-f", vcl],
    {
      encoding: "utf8",
    },
  );
  if (result.status === 0) return;
  // Less the compiler's routine complaint about its own temporary files.
  const message = result.stderr.replace(/^Could not delete .*vgc\.sym.*\n/m, "").trim();
  const hint = /xkey|directors/.test(message) ? ` (the xkey module comes with ${INSTALL_HINT})` : "";
  throw new Error(`Varnish refused ${TRACKER_VCL}${hint}:\n${message}`);
}

async function answers(origin: string): Promise<boolean> {
  try {
    // Answered by the VCL itself (400 or 403), never by a backend.
    await (await fetch(`${origin}/`, { method: "PURGE", signal: AbortSignal.timeout(1_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Starts varnishd in the foreground (its own process group) and waits until it answers. */
export async function startVarnish(input: VarnishOptions): Promise<RunningVarnish> {
  const options = ZVarnishOptionsSchema.parse(input);
  const varnishd = findVarnishd();
  // Listening on every interface, it is reached on loopback.
  const { host, port } = splitHostPort(options.listen);
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const origin = `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
  if (await answers(origin)) throw new Error(`${options.listen} is taken: stop what runs there first.`);

  // Run as root, varnishd drops to its own users (varnish, vcache, both of group varnish), which
  // must read the VCL and reach their working directory; nobody else may (the purge token is in
  // backends.vcl). Run as anyone else, it keeps their user and mkdtemp's 0700 is right.
  const workdir = mkdtempSync(path.join(tmpdir(), "tracker-varnish-"));
  const varnishGroup = process.getuid?.() === 0 ? groupId("varnish") : undefined;
  if (varnishGroup !== undefined) {
    chownSync(workdir, 0, varnishGroup);
    chmodSync(workdir, 0o750);
  }
  const removeWorkdir = () => rmSync(workdir, { recursive: true, force: true });
  let child: ChildProcess | undefined;
  let stopping = false;
  const killNow = () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    removeWorkdir();
  };
  // The last resort if the caller never calls stop(): no varnishd, no directory left behind.
  process.once("exit", killNow);

  try {
    const vcl = path.join(workdir, "tracker.vcl");
    copyFileSync(TRACKER_VCL, vcl);
    const backendsVcl = path.join(workdir, "backends.vcl");
    writeFileSync(backendsVcl, renderBackendsVcl(options), { mode: 0o640 });
    if (varnishGroup !== undefined) chownSync(backendsVcl, 0, varnishGroup);
    compile(varnishd, workdir, vcl);
    child = spawn(
      varnishd,
      [
        "-F",
        "-n",
        path.join(workdir, "n"),
        "-a",
        options.listen,
        "-f",
        vcl,
        "-p",
        `vcl_path=${workdir}`,
        "-s",
        options.storage,
        // Only the configuration's own TTLs: an answer that sets none is not kept.
        "-t",
        "0",
      ],
      {
        stdio: options.output === "inherit" ? ["ignore", "inherit", "inherit"] : ["ignore", "ignore", "pipe"],
        detached: true,
      },
    );
    if (child.stderr) {
      // varnishd -F tells of every start and stop on stderr: only the rest is worth showing.
      createInterface({ input: child.stderr }).on("line", (line) => {
        if (!stopping && !/^(Debug|Info): |^Child launched OK$/.test(line))
          console.error(`[varnish] ${line}`);
      });
    }
  } catch (error) {
    removeWorkdir();
    process.removeListener("exit", killNow);
    throw error;
  }

  const running = child;
  const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
  const stop = async () => {
    stopping = true;
    process.removeListener("exit", killNow);
    if (running.pid && running.exitCode === null && running.signalCode === null) {
      process.kill(-running.pid, "SIGTERM");
      const killer = setTimeout(() => killNow(), 5_000);
      await exited;
      clearTimeout(killer);
    }
    removeWorkdir();
  };

  const deadline = Date.now() + 30_000;
  while (!(await answers(origin))) {
    if (running.exitCode !== null || running.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`varnishd did not start on ${options.listen} (its messages are above).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, workdir, exited, stop };
}

const USAGE = `Usage: tsx scripts/cache-tier/varnish.ts --listen host:port --backend host:port [--backend ...]
       [--purge-token TOKEN] [--purge-from ADDRESS[/BITS] ...] [--storage malloc,256m]

Runs varnishd in the foreground with deploy/varnish/tracker.vcl until Ctrl-C. Purges are accepted
from --purge-from (default: loopback) and, with --purge-token, only with that token.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      listen: { type: "string" },
      backend: { type: "string", multiple: true },
      "purge-token": { type: "string" },
      "purge-from": { type: "string", multiple: true },
      storage: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const parsed = ZVarnishOptionsSchema.safeParse({
    listen: values.listen,
    backends: values.backend ?? [],
    purgeToken: values["purge-token"],
    purgeFrom: values["purge-from"],
    storage: values.storage,
  });
  if (!parsed.success) {
    const flags: Record<string, string> = {
      backends: "backend",
      purgeToken: "purge-token",
      purgeFrom: "purge-from",
    };
    const problems = parsed.error.issues.map((issue) => {
      const [option, index] = issue.path.map(String);
      return `  --${flags[option] ?? option}${index === undefined ? "" : ` #${Number(index) + 1}`}: ${issue.message}`;
    });
    throw new Error(`${problems.join("\n")}\n\n${USAGE}`);
  }
  const varnish = await startVarnish(parsed.data);
  console.log(
    `Varnish on ${varnish.origin} in front of ${parsed.data.backends.join(", ")}. Ctrl-C stops it.`,
  );
  // `on`, not `once`: Ctrl-C may arrive twice (the terminal's, and tsx's relay of it).
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void varnish.stop().then(() => process.exit(0)));
  }
  await varnish.exited;
  await varnish.stop();
  throw new Error("varnishd stopped.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
