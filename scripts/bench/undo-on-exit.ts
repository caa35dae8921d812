// What a benchmark sets up (a server in its own process group, a database) must not outlive it,
// not even when the run is interrupted: Ctrl-C does not reach the detached server.
const pending = new Set<() => Promise<void>>();
let interrupted = false;

function undoAllOn(signal: NodeJS.Signals, code: number): void {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void (async () => {
      // Newest first: a server stops before its database goes.
      for (const undo of [...pending].reverse()) await undo().catch((error: unknown) => console.error(error));
      process.exit(code);
    })();
  });
}

let listening = false;

/** Runs `body`, then `undo` (once), also when the process is interrupted meanwhile. */
export async function withUndo<T>(undo: () => Promise<void>, body: () => Promise<T>): Promise<T> {
  if (!listening) {
    undoAllOn("SIGINT", 130);
    undoAllOn("SIGTERM", 143);
    listening = true;
  }
  let undoing: Promise<void> | undefined;
  const undoOnce = () => (undoing ??= undo());
  pending.add(undoOnce);
  try {
    return await body();
  } finally {
    await undoOnce();
    pending.delete(undoOnce);
  }
}

/** Exits with `code` unless an interruption is still cleaning up (it exits when done). */
export function exitUnlessInterrupted(code: number): void {
  if (!interrupted) process.exit(code);
}
