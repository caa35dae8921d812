import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/slug";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";

// Query parameters arrive as strings. Each helper checks one and converts it, with a message a
// client can act on; the names of query parameters are snake_case.

export type ZParamShape = Record<string, z.ZodType<unknown, string | undefined>>;

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `expected a whole number from ${min} to ${max}`)
        .max(max, `expected a whole number from ${min} to ${max}`),
    );

/** `page` and `per_page`, shared by every list. */
export const paginationParams = {
  page: wholeNumber(1, 1_000_000).optional().meta({ description: "Page number, from 1 (default 1)." }),
  per_page: wholeNumber(1, MAX_PER_PAGE)
    .optional()
    .meta({ description: `Entries per page (default ${DEFAULT_PER_PAGE}, at most ${MAX_PER_PAGE}).` }),
};

/** One of an enum's values, exactly as written in the API's output. */
export function enumParam<const Values extends Record<string, string>>(values: Values, description: string) {
  const options = Object.values(values);
  return z
    .enum(values, { error: () => `expected one of ${options.join(", ")}` })
    .optional()
    .meta({ description });
}

export function booleanParam(description: string) {
  return z
    .enum(["true", "false"], { error: () => 'expected "true" or "false"' })
    .transform((value) => value === "true")
    .optional()
    .meta({ description });
}

/** `true`, `false`, or `unknown` (null: the sources do not say), for a fact that may be unstated. */
export function booleanOrUnknownParam(description: string) {
  return z
    .enum(["true", "false", "unknown"], { error: () => 'expected "true", "false" or "unknown"' })
    .transform((value) => (value === "unknown" ? null : value === "true"))
    .optional()
    .meta({ description });
}

export function yearParam(description: string) {
  return z
    .string()
    .regex(/^\d{4}$/, "expected a four-digit year such as 2024")
    .transform(Number)
    .optional()
    .meta({ description });
}

/** An entry's slug, as in its URL. */
export function slugParam(description: string) {
  return z
    .string()
    .regex(SLUG_PATTERN, "expected a slug such as mistral-ai")
    .optional()
    .meta({ description });
}

/** Exact text, e.g. a family or a publisher as the entries spell it. */
export function textParam(description: string) {
  return (
    z
      .string()
      .trim()
      .min(1, "expected some text")
      .max(200, "expected at most 200 characters")
      // No entry's text holds them, and PostgreSQL refuses text holding NUL.
      .refine((value) => !CONTROL_CHARACTERS.test(value), "expected text without control characters")
      .optional()
      .meta({
        description,
      })
  );
}

export function currencyParam(description: string) {
  return z
    .string()
    .regex(/^[A-Za-z]{3}$/, "expected a three-letter ISO 4217 code such as EUR")
    .transform((code) => code.toUpperCase())
    .optional()
    .meta({ description });
}

/** The instants of a year (UTC), for a `gte`/`lt` filter on a stored date. */
export function yearRange(year: number | undefined): { gte: Date; lt: Date } | undefined {
  if (year === undefined) return undefined;
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

export interface ParamProblem {
  parameter: string;
  message: string;
}

function firstProblem(error: z.ZodError): ParamProblem {
  const [issue] = error.issues;
  return { parameter: String(issue.path[0]), message: issue.message };
}

type ParamsResult<Paging extends ZParamShape, Filters extends ZParamShape> =
  | { ok: true; paging: z.output<z.ZodObject<Paging>>; filters: z.output<z.ZodObject<Filters>> }
  | { ok: false; problem: ParamProblem };

/**
 * Checks a request's query: every parameter known, given at most once, and valid. Returns the
 * converted paging and filters, or the first problem, naming its parameter.
 */
export function parseParams<Paging extends ZParamShape, Filters extends ZParamShape>(
  search: URLSearchParams,
  paging: Paging,
  filters: Filters,
): ParamsResult<Paging, Filters> {
  const known = [...Object.keys(paging), ...Object.keys(filters)];
  const raw: Record<string, string> = {};
  for (const [name, value] of search) {
    if (!known.includes(name)) {
      return {
        ok: false,
        problem: { parameter: name, message: `unknown parameter; allowed: ${known.join(", ")}` },
      };
    }
    if (Object.hasOwn(raw, name))
      return { ok: false, problem: { parameter: name, message: "given more than once" } };
    raw[name] = value;
  }
  // Each object keeps only its own keys (zod strips the others).
  const pagingResult = z.object(paging).safeParse(raw);
  if (!pagingResult.success) return { ok: false, problem: firstProblem(pagingResult.error) };
  const filtersResult = z.object(filters).safeParse(raw);
  if (!filtersResult.success) return { ok: false, problem: firstProblem(filtersResult.error) };
  return { ok: true, paging: pagingResult.data, filters: filtersResult.data };
}
