// `npm run sources:check`: checks the sources' links from the server's shell (or a cron job), as
// /admin/sources/links does on a click, and prints what it found. Results are stored for that
// screen. It exits non-zero only when it could not do its work (misuse: 2, anything else: 1),
// never because a link is broken: that is what it reports.
import { parseArgs } from "node:util";
import { getEnv } from "@/lib/env";
import { createPrismaClient, databaseLabel } from "@/lib/platform/db/client";
import type { LinkCheck } from "@/lib/sources/check-links";
import { checkSourceLinks, ZCheckSourceLinksRequestSchema } from "@/lib/sources/check-source-links";
import { linkCheckSettings } from "@/lib/sources/link-check-settings";
import { listLinkProblems, type LinkProblem } from "@/lib/sources/list-link-problems";
import { migrationStatus } from "@/tools/db/migrator";

const DEFAULT_LIMIT = 200;

const USAGE = `Usage: npm run sources:check -- [options]

  --limit <n>      check at most n sources (default ${DEFAULT_LIMIT}): never checked first,
                   then those checked longest ago; run again for the next ones
  --match <text>   only sources whose title, slug, publisher or link contains the text
  --timeout <ms>   time allowed per link (default SOURCE_CHECK_TIMEOUT_MS, else 10000)
  --delay <ms>     pause between two links of one host (default SOURCE_CHECK_HOST_DELAY_MS, else 1000)
  --quiet          no line per link as it is checked, only the summary

Prints a line per link as it is checked (to stderr), then the counts by outcome and every
source whose current link was last found broken or moved (to stdout). Exits 0 whatever the
links answered; 1 when the check could not run, 2 on a bad option.
The database is DATABASE_URL (default file:./data/tracker.db); it must be migrated.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        limit: { type: "string" },
        match: { type: "string" },
        timeout: { type: "string" },
        delay: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values } = parsed;
  const number = (name: string, value: string | undefined, min: number, max: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new CliError(
        `--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}.`,
        2,
      );
    }
    return n;
  };
  const request = ZCheckSourceLinksRequestSchema.safeParse({ match: values.match });
  if (!request.success) throw new CliError(`--match: ${request.error.issues[0]?.message}`, 2);
  return {
    help: values.help ?? false,
    quiet: values.quiet ?? false,
    match: request.data.match,
    limit: number("limit", values.limit, 1, 100_000) ?? DEFAULT_LIMIT,
    timeoutMs: number("timeout", values.timeout, 100, 120_000),
    hostDelayMs: number("delay", values.delay, 0, 600_000),
  };
}

/** Text padded to a column's width. */
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - text.length));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  return [header, ...rows]
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join("  "))
    .join("\n");
}

const OUTCOMES = ["OK", "MOVED", "NOT_FOUND", "GONE", "BROKEN", "TIMEOUT", "ERROR"] as const;

function describe(check: Pick<LinkCheck, "outcome" | "httpStatus" | "error">): string {
  return check.httpStatus !== null ? String(check.httpStatus) : (check.error ?? "");
}

function problemRow(problem: LinkProblem): string[] {
  const link = problem.outcome === "MOVED" ? `${problem.url} -> ${problem.location ?? "?"}` : problem.url;
  return [problem.outcome, describe(problem), problem.slug, link];
}

async function main(): Promise<void> {
  const options = parseCommandLine();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const databaseUrl = getEnv().DATABASE_URL;
  const status = await migrationStatus({ databaseUrl });
  if (!status.databaseExists || !status.upToDate) {
    throw new CliError(
      `The database ${databaseLabel(databaseUrl)} is not migrated: start the site once or run npm run db:migrate.`,
    );
  }
  const settings = linkCheckSettings();
  const db = createPrismaClient(databaseUrl);
  try {
    let done = 0;
    const run = await checkSourceLinks(
      db,
      { match: options.match, limit: options.limit },
      {
        ...settings,
        timeoutMs: options.timeoutMs ?? settings.timeoutMs,
        hostDelayMs: options.hostDelayMs ?? settings.hostDelayMs,
        onCheck: (check) => {
          done += 1;
          if (!options.quiet) console.error(`[${done}] ${check.outcome} ${describe(check)} ${check.url}`);
        },
      },
    );
    const counts = OUTCOMES.map((outcome) => [
      outcome,
      String(run.checks.filter((check) => check.outcome === outcome).length),
    ]);
    console.log(
      `Checked ${run.checks.length} link(s)` +
        (run.remaining > 0 ? `; ${run.remaining} source(s) left for the next run.` : "."),
    );
    console.log("");
    console.log(table(["OUTCOME", "LINKS"], counts));
    const report = await listLinkProblems(db);
    const problems = [...report.broken, ...report.moved];
    console.log("");
    if (problems.length === 0) {
      console.log("No source's link is known to be broken or moved.");
    } else {
      console.log(`Broken or moved, as last checked (${problems.length}); fix them at /admin/sources/links:`);
      console.log("");
      console.log(table(["OUTCOME", "STATUS", "SOURCE", "LINK"], problems.map(problemRow)));
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
