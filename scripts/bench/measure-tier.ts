// Each URL three ways, one right after the other so that they share the machine's state: straight
// from `next start`, through the cache tier in front of it (warm: its copy kept), and as a static
// file of the very same bytes served by nginx.
import type { LoadResult } from "./measure";
import { captureAnswer, startStaticNginx } from "./nginx-static";
import { withUndo } from "./undo-on-exit";
import { wrkLoad, type WrkOptions } from "./wrk";

export type LoadOptions = Omit<WrkOptions, "timeoutSeconds">;

export interface TierMeasurement {
  path: string;
  /** The tier's answer, as loaded: its status, X-Cache once warm, body bytes and encoding. */
  status: number;
  cache: string;
  bodyBytes: number;
  encoding: string;
  next: LoadResult;
  tier: LoadResult;
  nginx: LoadResult;
}

export const WARM_UP_SECONDS = 1;
/** Tries to have the tier keep a URL; the first is its miss. */
const KEEP_ATTEMPTS = 5;

/** A load, then one more request, answered once the server has worked through those still in flight. */
async function settled(url: string, options: LoadOptions, seconds: number): Promise<LoadResult> {
  const result = await wrkLoad(url, { ...options, seconds });
  await fetch(url, { headers: options.headers }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );
  return result;
}

/** A second of load to warm up (JIT, connections), then the measurement. */
async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  await settled(url, options, WARM_UP_SECONDS);
  return settled(url, options, options.seconds);
}

/** The tier's answer once it keeps it (or after KEEP_ATTEMPTS if it does not). */
async function keptAnswer(url: string, headers: Record<string, string>) {
  for (let attempt = 1; ; attempt++) {
    const answer = await captureAnswer(url, headers);
    const cache = String(answer.headers["x-cache"] ?? "none");
    if (cache === "HIT" || attempt === KEEP_ATTEMPTS) return { ...answer, cache };
  }
}

export async function measureThroughTier(
  { appOrigin, tierOrigin, nginxPort }: { appOrigin: string; tierOrigin: string; nginxPort: number },
  paths: readonly string[],
  options: LoadOptions,
  onMeasured: (measurement: TierMeasurement) => void,
): Promise<TierMeasurement[]> {
  const captured: Awaited<ReturnType<typeof keptAnswer>>[] = [];
  for (const path of paths) captured.push(await keptAnswer(`${tierOrigin}${path}`, options.headers));
  const nginx = await startStaticNginx(nginxPort, captured);
  return withUndo(nginx.stop, async () => {
    const measurements: TierMeasurement[] = [];
    for (const [index, path] of paths.entries()) {
      const answer = captured[index];
      const measurement: TierMeasurement = {
        path,
        status: answer.status,
        cache: answer.cache,
        bodyBytes: answer.body.length,
        encoding: String(answer.headers["content-encoding"] ?? "identity"),
        next: await measure(`${appOrigin}${path}`, options),
        tier: await measure(`${tierOrigin}${path}`, options),
        nginx: await measure(`${nginx.origin}/${index}`, options),
      };
      measurements.push(measurement);
      onMeasured(measurement);
    }
    return measurements;
  });
}
