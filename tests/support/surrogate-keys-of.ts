// What the cache tier keeps a response under, read from next.config.ts's header rules
// (lib/http/surrogate-keys.ts) as Next.js reads them: its own path matcher, the last rule wins.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { surrogateHeaderRules } from "@/lib/http/surrogate-keys";

/** The Surrogate-Key header of a path's answer, as its keys; undefined when it has none. */
export function surrogateKeysOf(pathname: string): string[] | undefined {
  const rule = surrogateHeaderRules().findLast(
    (candidate) =>
      getPathMatch(candidate.source)(pathname) &&
      candidate.headers.some((header) => header.key === "Surrogate-Key"),
  );
  return rule?.headers.find((header) => header.key === "Surrogate-Key")?.value.split(" ");
}
