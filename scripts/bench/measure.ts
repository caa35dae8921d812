// Two ways to time a URL: one request at a time (latency percentiles of single requests, also
// for requests that each miss the cache), and under concurrent load with autocannon.
import autocannon from "autocannon";

function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

export interface LatencySample {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export function summarize(ms: number[]): LatencySample {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    count: sorted.length,
  };
}

/** Times one request per URL, sequentially; fails on any non-2xx answer. */
export async function timeRequests(urls: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  return times;
}

/** A load test's figures, from autocannon here and from wrk (wrk.ts). */
export interface LoadResult {
  requestsPerSecond: number;
  /** Requests answered, whatever their status. */
  answers: number;
  mean: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Bytes read per answer, headers included: what each request costs to send. */
  bytesPerAnswer: number;
}

/** Load from `connections` concurrent connections for `seconds`. */
export async function loadTest(url: string, connections: number, seconds: number): Promise<LoadResult> {
  // autocannon ends a run at its next sample; samples every 100 ms keep the overrun small, and
  // answers over the measured duration make the rate exact (its per-sample average is not per second then).
  const result = await autocannon({ url, connections, duration: seconds, sampleInt: 100 });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    answers: result.requests.total,
    mean: result.latency.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerAnswer: result.requests.total > 0 ? result.throughput.total / result.requests.total : NaN,
  };
}
