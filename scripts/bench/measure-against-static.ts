// Throughput of pages against a prerendered static page of the same server. The static page is
// measured for as long right before each page, so every ratio compares two measurements taken
// seconds apart under the same conditions (same process, same machine load, same JIT state).
import { loadTest, loadUntilAnswered, summarize, timeRequests, type LoadResult } from "./measure";

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface PairedMeasurement {
  path: string;
  /** The static page, measured right before `page`. */
  reference: LoadResult;
  page: LoadResult;
  /** Median time of the page's sequential warm-up requests: one request with the server to itself. */
  aloneMs: number;
}

export const WARM_UP = { requests: 3, seconds: 1 } as const;
/** Answers per connection that make a steady state rather than the first requests cut off midway. */
export const MIN_ROUNDS = 2;
/** Generous, so a slow page is measured rather than failed; a request slower than this fails. */
const TIMEOUT_SECONDS = 120;

/**
 * Runs a load, then one more request, answered once the server has worked through the requests
 * still in flight: autocannon stops waiting for them at the end, and they would slow what comes next.
 */
async function settled(url: string, run: () => Promise<LoadResult>): Promise<LoadResult> {
  const result = await run();
  // Its answer does not matter (the load's failures are counted); only that it came.
  await fetch(url).then((response) => response.arrayBuffer(), () => undefined);
  return result;
}

/** `seconds` of load; a URL answered fewer than MIN_ROUNDS times per connection is loaded again until it is. */
async function measureLoad(url: string, { connections, seconds }: LoadOptions): Promise<LoadResult> {
  const timed = await settled(url, () => loadTest(url, connections, seconds));
  const wanted = MIN_ROUNDS * connections;
  if (timed.answers >= wanted) return timed;
  return settled(url, () => loadUntilAnswered(url, connections, wanted, TIMEOUT_SECONDS));
}

/** A few sequential requests (any non-2xx answer fails the run), then a second of load. */
async function warmUp(url: string, connections: number): Promise<number> {
  const { p50 } = summarize(await timeRequests(Array(WARM_UP.requests).fill(url)));
  await settled(url, () => loadTest(url, connections, WARM_UP.seconds));
  return p50;
}

export async function measureAgainstStatic(
  origin: string,
  staticPath: string,
  paths: readonly string[],
  options: LoadOptions,
  onMeasured: (pair: PairedMeasurement) => void,
): Promise<PairedMeasurement[]> {
  await warmUp(`${origin}${staticPath}`, options.connections);
  const pairs: PairedMeasurement[] = [];
  for (const path of paths) {
    const reference = await measureLoad(`${origin}${staticPath}`, options);
    const aloneMs = await warmUp(`${origin}${path}`, options.connections);
    const page = await measureLoad(`${origin}${path}`, options);
    pairs.push({ path, reference, page, aloneMs });
    onMeasured(pairs[pairs.length - 1]);
  }
  return pairs;
}
