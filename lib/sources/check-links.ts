// Checks links the way a careful reader's browser would find them, and politely: one request at
// a time per host with a pause between, a few hosts at once, a time limit on every link and on
// the whole run. Only the status line and the Location header are read; no body is downloaded.
import type { LinkOutcome } from "@/lib/generated/prisma/enums";

/** What one link's check found. */
export interface LinkCheck {
  url: string;
  outcome: LinkOutcome;
  /** The HTTP status of the answer that decided, when there was one. */
  httpStatus: number | null;
  /** For a redirect: where it points, made absolute. */
  location: string | null;
  /** For a time-out or an error: what happened, in a line. */
  error: string | null;
  checkedAt: Date;
}

export interface LinkCheckOptions {
  /** How long one link may take, its HEAD and any GET after it together (ms). */
  timeoutMs: number;
  /** Sent with every request: names the site, so a webmaster knows who is asking. */
  userAgent: string;
}

export interface LinksCheckOptions extends LinkCheckOptions {
  /** The pause between two links of one host (ms). */
  hostDelayMs: number;
  /** How many hosts are checked at once. */
  hostsAtOnce: number;
  /**
   * No link starts unless it can finish by this instant (ms since the epoch): the run ends by
   * then, and the links it did not reach are returned unchecked.
   */
  deadline?: number;
  /** Called as each link is checked (e.g. to store it at once); awaited before the next. */
  onCheck?: (check: LinkCheck) => Promise<void> | void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Permanent redirects: the link should change. The others may be a login page or a locale. */
export const PERMANENT_REDIRECTS = new Set([301, 308]);

/** Accept what a browser opening the link would. */
const ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.9,*/*;q=0.8";

/** The outcome an HTTP answer means; a redirect is MOVED whether or not it says where to. */
export function outcomeOf(status: number): LinkOutcome {
  if (status >= 200 && status < 300) return "OK";
  if (REDIRECTS.has(status)) return "MOVED";
  if (status === 404) return "NOT_FOUND";
  if (status === 410) return "GONE";
  return status >= 400 ? "BROKEN" : "OK";
}

/** One request, its body never read; the status and headers are all a check needs. */
async function request(url: string, method: "HEAD" | "GET", signal: AbortSignal, userAgent: string) {
  const response = await fetch(url, {
    method,
    redirect: "manual",
    signal,
    cache: "no-store",
    headers: { "user-agent": userAgent, accept: ACCEPT },
  });
  await response.body?.cancel().catch(() => {});
  return response;
}

/** A network failure in a line: undici hides the reason (ENOTFOUND, ECONNREFUSED…) in `cause`. */
function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : "";
  const message = typeof cause?.message === "string" ? cause.message : "";
  const text = message
    ? code && !message.includes(code)
      ? `${code}: ${message}`
      : message
    : error instanceof Error
      ? error.message
      : String(error);
  return text.slice(0, 300);
}

/**
 * Checks one link: HEAD first, and GET when the HEAD answer is an error (servers that refuse
 * HEAD say 405 or 501; some answer it wrongly in other ways, and a reader's browser uses GET).
 * Redirects are not followed: a moved link is reported with its target, for an editor to decide.
 */
export async function checkLink(url: string, { timeoutMs, userAgent }: LinkCheckOptions): Promise<LinkCheck> {
  const checkedAt = new Date();
  const result = (fields: Partial<LinkCheck> & Pick<LinkCheck, "outcome">): LinkCheck => ({
    url,
    httpStatus: null,
    location: null,
    error: null,
    checkedAt,
    ...fields,
  });
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return result({ outcome: "ERROR", error: "not an http(s) address" });
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let response = await request(url, "HEAD", signal, userAgent);
    if (response.status >= 400) response = await request(url, "GET", signal, userAgent);
    const outcome = outcomeOf(response.status);
    const location = response.headers.get("location");
    return result({
      outcome,
      httpStatus: response.status,
      location:
        outcome === "MOVED" && location
          ? URL.canParse(location, url)
            ? new URL(location, url).href
            : location.slice(0, 2000)
          : null,
    });
  } catch (error) {
    if (signal.aborted) {
      return result({ outcome: "TIMEOUT", error: `no answer within ${timeoutMs / 1000} s` });
    }
    return result({ outcome: "ERROR", error: describeError(error) });
  }
}

/** The host a link is polite to; an address that does not parse is a host of its own. */
function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.toLowerCase() : url;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks many links, at most `hostsAtOnce` hosts at a time, each host's links one after another
 * with `hostDelayMs` between them. Returns the checks in the order of `urls` and the links left
 * unchecked when the deadline came.
 */
export async function checkLinks(
  urls: readonly string[],
  { hostDelayMs, hostsAtOnce, deadline = Infinity, onCheck, ...options }: LinksCheckOptions,
): Promise<{ checks: LinkCheck[]; unchecked: string[] }> {
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = hostOf(url);
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const hosts = [...byHost.values()];
  const found = new Map<string, LinkCheck>();
  const canStart = () => Date.now() + options.timeoutMs <= deadline;

  async function worker() {
    for (let links = hosts.shift(); links; links = hosts.shift()) {
      for (const [index, url] of links.entries()) {
        if (index > 0) await sleep(hostDelayMs);
        if (!canStart()) return;
        const check = await checkLink(url, options);
        found.set(url, check);
        await onCheck?.(check);
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, hostsAtOnce) }, worker));
  return {
    checks: urls.flatMap((url) => found.get(url) ?? []),
    unchecked: urls.filter((url) => !found.has(url)),
  };
}
