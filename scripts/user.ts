// `npm run user -- <command>`: manage accounts from the server's shell, e.g. the first owner
// before anyone opens /admin/setup, or a way back in when the last owner forgot their password.
// The same operations (lib/users/*) and zod schemas as the admin's forms; changes are audited
// with the actor "cli".
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { ActionResult } from "@/lib/actions/action-result";
import { CLI_ACTOR_ID } from "@/lib/audit/audit-data";
import { createPrismaClient, databaseLabel, type PrismaClient } from "@/lib/platform/db/client";
import { migrationStatus } from "@/tools/db/migrator";
import { getEnv } from "@/lib/env";
import { createUser, ZCreateUserRequestSchema } from "@/lib/users/create-user";
import { disableUser } from "@/lib/users/disable-user";
import { findUserByEmail } from "@/lib/users/find-user-by-email";
import { resetUserPassword, ZResetUserPasswordRequestSchema } from "@/lib/users/reset-user-password";
import { resetTwoFactor } from "@/lib/users/reset-two-factor";
import { ZUserEmailSchema } from "@/lib/users/user-fields";

const USAGE = `Usage: npm run user -- <command> [options]

  create --email <email> --name <name> --role owner|editor [password]
  reset-password --email <email> [password]
  disable --email <email>
  reset-2fa --email <email>     turn off two-factor sign-in (a lost phone)

Password: --password-stdin reads it from standard input (e.g. from a secrets manager);
without it, you are asked for it (twice) on a terminal. --password <password> also works but
leaves the password in your shell history.

The database is DATABASE_URL (default file:./data/tracker.db); it must be migrated.`;

/** A failure to report: a message and the exit code (1: refused or invalid, 2: misuse). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type Options = {
  email?: string;
  name?: string;
  role?: string;
  password?: string;
  "password-stdin"?: boolean;
};

async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine();
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    if (!command && !values.help) throw new CliError("No command given.", 2);
    return;
  }
  if (rest.length > 0) throw new CliError(`Unexpected arguments: ${rest.join(" ")}\n\n${USAGE}`, 2);

  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) throw new CliError(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`, 2);

  const databaseUrl = getEnv().DATABASE_URL;
  await assertMigrated(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    await run(db, values);
  } finally {
    await db.$disconnect();
  }
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
}

async function create(db: PrismaClient, options: Options): Promise<void> {
  const password = await readPassword(options);
  const parsed = ZCreateUserRequestSchema.safeParse({
    name: options.name,
    email: options.email,
    role: options.role?.toUpperCase(),
    password,
  });
  if (!parsed.success) throw invalid(parsed.error.issues);
  const user = succeeded(await createUser(db, parsed.data, CLI_ACTOR_ID));
  console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.name}).`);
}

async function resetPassword(db: PrismaClient, options: Options): Promise<void> {
  const user = await requireUserByEmail(db, options.email);
  const password = await readPassword(options);
  const parsed = ZResetUserPasswordRequestSchema.safeParse({ userId: user.id, password });
  if (!parsed.success) throw invalid(parsed.error.issues);
  succeeded(await resetUserPassword(db, parsed.data, CLI_ACTOR_ID));
  console.log(`Password of ${user.email} reset; every session of theirs has ended.`);
}

async function disable(db: PrismaClient, options: Options): Promise<void> {
  const user = await requireUserByEmail(db, options.email);
  if (user.disabledAt) {
    console.log(`${user.email} was already disabled.`);
    return;
  }
  succeeded(await disableUser(db, { userId: user.id }, CLI_ACTOR_ID));
  console.log(`Disabled ${user.email}; every session of theirs has ended.`);
}

async function resetTwoFactorOf(db: PrismaClient, options: Options): Promise<void> {
  const user = await requireUserByEmail(db, options.email);
  if (!user.twoFactor) {
    console.log(`${user.email} does not use two-factor sign-in.`);
    return;
  }
  succeeded(await resetTwoFactor(db, { userId: user.id }, CLI_ACTOR_ID));
  console.log(`Two-factor sign-in of ${user.email} turned off; every session of theirs has ended.`);
}

const COMMANDS: Record<string, (db: PrismaClient, options: Options) => Promise<void>> = {
  create,
  "reset-password": resetPassword,
  disable,
  "reset-2fa": resetTwoFactorOf,
};

/** Refuses to touch a database the app's migrations have not (all) been applied to. */
async function assertMigrated(databaseUrl: string): Promise<void> {
  const status = await migrationStatus({ databaseUrl });
  const database = databaseLabel(databaseUrl);
  if (!status.databaseExists) {
    throw new CliError(
      `No database at ${database}. Start the site once (npm start) or run npm run db:migrate first.`,
    );
  }
  if (!status.upToDate) {
    throw new CliError(
      `The database ${database} is not migrated (${status.pending.length} pending, ` +
        `${status.failed.length} failed). Run npm run db:migrate first (npm run db:status tells more).`,
    );
  }
}

async function requireUserByEmail(db: PrismaClient, email: string | undefined) {
  const parsed = ZUserEmailSchema.safeParse(email);
  if (!parsed.success) throw new CliError(`--email: ${parsed.error.issues[0]?.message ?? "invalid"}`, 2);
  const user = await findUserByEmail(db, parsed.data);
  if (!user) throw new CliError(`No user has the email ${parsed.data}.`);
  return user;
}

function succeeded<T>(result: ActionResult<T>): T {
  if (result.ok) return result.data;
  const fields = Object.entries(result.fieldErrors ?? {}).map(
    ([field, messages]) => `  ${field}: ${messages.join(" ")}`,
  );
  throw new CliError([`Refused (${result.code}): ${result.message}`, ...fields].join("\n"));
}

function invalid(issues: { path: PropertyKey[]; message: string }[]): CliError {
  const lines = issues.map((issue) => `  --${String(issue.path[0] ?? "input")}: ${issue.message}`);
  return new CliError(["Invalid input:", ...lines].join("\n"), 2);
}

async function readPassword(options: Options): Promise<string> {
  if (options.password !== undefined && options["password-stdin"]) {
    throw new CliError("Give either --password or --password-stdin, not both.", 2);
  }
  if (options.password !== undefined) return options.password;
  if (options["password-stdin"]) return readStdin();
  if (!process.stdin.isTTY) {
    throw new CliError("No password: pass --password-stdin (and pipe it in), or run this on a terminal.", 2);
  }
  const password = await promptHidden("Password: ");
  if ((await promptHidden("Password again: ")) !== password) throw new CliError("The passwords differ.", 2);
  return password;
}

/** Everything on standard input, less one trailing newline (as `echo` and most tools add). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Readline writes each typed character through _writeToOutput: write nothing but the question.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = (text) => {
      if (text.startsWith(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

// Explicit exit: don't rely on the freed WebAssembly engine letting the event loop drain.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error("npm run user failed:", error);
    process.exit(1);
  },
);
