// The bad-input corpus: named families of hostile or broken values, kept as data. The journeys
// (e2e/bad-input-corpus.spec.ts, e2e/admin/bad-input-corpus.spec.ts) cross them with every form
// field, query parameter and endpoint they fit (e2e/fixtures/corpus.ts), so each case is one
// value sent to one target, counted and reported.

/** One value of a family: what it is, and the value as a form or a query string carries it. */
export interface Payload {
  name: string;
  value: string;
}

/**
 * What markup payloads leave behind when they do run: an attribute, an element or a global, all
 * named `corpus`, so a page, a feed or a CSV can be searched for them (see markupTraces).
 */
export const MARKUP_TRACE = {
  attribute: "data-corpus",
  element: "corpus-mark",
  global: "__corpusRan",
} as const;

const ran = `window.${MARKUP_TRACE.global}=1`;

/** HTML and script, in any text: legitimate to store as typed, never to render as markup. */
export const MARKUP: readonly Payload[] = [
  { name: "script tag", value: `<script>${ran}</script>` },
  { name: "img onerror", value: `<img src=x onerror="${ran}" data-corpus>` },
  { name: "attribute breakout", value: `"><svg onload="${ran}" data-corpus>` },
  { name: "closing textarea", value: `</textarea><corpus-mark data-corpus>` },
  { name: "CDATA breaker", value: `]]><corpus-mark data-corpus/>` },
  { name: "comment opener", value: `<!-- <corpus-mark data-corpus> -->` },
  { name: "pre-escaped entity", value: `&lt;corpus-mark data-corpus&gt;` },
  { name: "template expression", value: `{{constructor.constructor('${ran}')()}}` },
  { name: "SQL", value: `'; DROP TABLE "AiModel"; --` },
];

/** Markdown whose links or images would run script if the sanitizer let them through. */
export const MARKDOWN_LINKS: readonly Payload[] = [
  { name: "javascript: link", value: `[点我](javascript:${ran})` },
  { name: "data: link", value: `[点我](data:text/html,<script>${ran}</script>)` },
  { name: "raw anchor", value: `<a href="javascript:${ran}" data-corpus>点我</a>` },
  { name: "image onerror", value: `![x](x" onerror="${ran})` },
];

/** Cells a spreadsheet would run as formulas. */
export const FORMULAS: readonly Payload[] = [
  { name: "HYPERLINK", value: `=HYPERLINK("https://evil.example/","x")` },
  { name: "plus", value: "+1+1" },
  { name: "minus", value: "-1+1" },
  { name: "at", value: "@SUM(1+1)" },
];

/** Characters no text field needs: C0/C1 controls and NUL. */
export const CONTROL_CHARACTERS: readonly Payload[] = [
  { name: "NUL", value: "模型\u0000名称" },
  { name: "escape sequence", value: "\u001b[31m红色\u001b[0m" },
  { name: "bell and backspace", value: "响\u0007\u0008铃" },
  { name: "DEL and C1", value: "删\u007f\u0085\u009b除" },
];

/** Invisible direction controls that make text read differently from what it is. */
export const BIDI_CONTROLS: readonly Payload[] = [
  { name: "right-to-left override", value: "invoice\u202egpj.exe" },
  { name: "isolate", value: "\u2066隔离\u2069" },
  { name: "right-to-left mark", value: "标记\u200f" },
  { name: "byte order mark inside", value: "字\ufeff节" },
];

/**
 * Text that cannot be encoded as UTF-8 as it is: lone surrogates (a form sends them as U+FFFD).
 * Raw invalid bytes are in BROKEN_UTF8_BYTES, for bodies and query strings built by hand.
 */
export const LONE_SURROGATES: readonly Payload[] = [
  { name: "lone high surrogate", value: "半\ud800个" },
  { name: "lone low surrogate", value: "半\udfff个" },
];

/** Byte sequences that are not UTF-8, sent as raw bytes or percent-escaped. */
export const BROKEN_UTF8_BYTES: readonly { name: string; bytes: number[] }[] = [
  { name: "invalid byte FF", bytes: [0x61, 0xff, 0xfe, 0x62] },
  { name: "overlong slash", bytes: [0xc0, 0xaf] },
  { name: "truncated sequence", bytes: [0xe4, 0xb8] },
  { name: "encoded surrogate", bytes: [0xed, 0xa0, 0x80] },
];

/** Text one character longer than a field allows. */
export const oversized = (max: number): Payload[] => [
  { name: `${max + 1} characters`, value: "长".repeat(max + 1) },
];

/** Text longer than any field allows, by far (sent to one field per form: it costs a body each). */
export const FAR_TOO_LONG: Payload = { name: "100 000 characters", value: "x".repeat(100_000) };

/** Web addresses a link must never carry, and ones that are not addresses at all. */
export const BAD_URLS: readonly Payload[] = [
  { name: "javascript:", value: `javascript:${ran}` },
  { name: "javascript: in mixed case", value: `JaVaScRiPt:${ran}` },
  { name: "javascript: after spaces", value: `   javascript:${ran}` },
  { name: "javascript: split by a tab", value: `java\tscript:${ran}` },
  { name: "data: HTML", value: `data:text/html,<script>${ran}</script>` },
  { name: "data: base64", value: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { name: "vbscript:", value: "vbscript:msgbox(1)" },
  { name: "file:", value: "file:///etc/passwd" },
  { name: "protocol-relative", value: "//evil.example/x" },
  { name: "no host dot", value: "http://localhost/admin" },
  { name: "space in host", value: "https://exa mple.com/" },
  { name: "scheme only", value: "https://" },
];

/** Slugs the site must refuse (a duplicate is per kind: see the spec). */
export const BAD_SLUGS: readonly Payload[] = [
  { name: "capitals and punctuation", value: "Bad Slug!" },
  { name: "path traversal", value: "../../etc/passwd" },
  { name: "double hyphen", value: "a--b" },
  { name: "leading hyphen", value: "-lead" },
  { name: "non-ASCII", value: "模型-ä" },
  { name: "markup", value: `<script>${ran}</script>` },
  { name: "101 characters", value: "a".repeat(101) },
  { name: "empty", value: "" },
];

/**
 * Dates that do not exist, are out of range or are not dates. ("2024/1/1" and "2024-1-1" are dates
 * as editors type them, read as 2024-01-01: lib/kinds/fields/parse-partial-date.ts.)
 */
export const BAD_DATES: readonly Payload[] = [
  { name: "30 February", value: "2024-02-30" },
  { name: "month 13", value: "2024-13-01" },
  { name: "month 0", value: "2024-00-10" },
  { name: "year 0", value: "0000-01-01" },
  { name: "before 1900", value: "1899-12-31" },
  { name: "after 2999", value: "3000-01-01" },
  { name: "five-digit year", value: "99999-01-01" },
  { name: "JavaScript's last date", value: "+275760-09-13" },
  { name: "day before month", value: "01/02/2024" },
  { name: "a word", value: "yesterday" },
  { name: "markup", value: `<script>${ran}</script>` },
];

/** Precisions a date input never offers. */
export const BAD_PRECISIONS: readonly Payload[] = [
  { name: "unknown precision", value: "WEEK" },
  { name: "empty precision", value: "" },
];

/**
 * Amounts that are negative, not amounts, ambiguous, finer than a cent, too large, or in a
 * currency no field of the corpus is in (sent with EUR chosen, or to a field in USD). Amounts as
 * editors write them ("1,000", "17 亿", "1.7B", full-width "９９") are amounts:
 * lib/kinds/fields/parse-money.ts.
 */
export const BAD_AMOUNTS: readonly Payload[] = [
  { name: "negative", value: "-5" },
  { name: "negative cents", value: "-0.01" },
  { name: "exponent", value: "1e9" },
  { name: "Infinity", value: "Infinity" },
  { name: "NaN", value: "NaN" },
  { name: "hexadecimal", value: "0x10" },
  { name: "grouped by twos", value: "1,70,000" },
  { name: "mixed grouping", value: "1 700,000" },
  { name: "four digits after a comma", value: "1,7000" },
  { name: "comma that may group or be decimal", value: "1,500 Md€" },
  { name: "17 digits", value: "99999999999999999" },
  { name: "40 digits", value: "9".repeat(40) },
  { name: "three decimals", value: "12.345" },
  { name: "below a cent once scaled", value: "1.123456789123 亿" },
  { name: "too large once scaled", value: "100000 万亿" },
  { name: "range", value: "1-2 亿" },
  { name: "approximation", value: "约 5 亿" },
  { name: "unknown unit", value: "5 lakh" },
  { name: "another currency", value: "£5" },
  { name: "two currencies", value: "$5 欧元" },
  { name: "markup", value: `<b data-corpus>5</b>` },
];

/** Currencies the list does not offer. */
export const BAD_CURRENCIES: readonly Payload[] = [
  { name: "unknown code", value: "XXX" },
  { name: "lower case", value: "eur" },
  { name: "markup", value: "<b>" },
];

/** Values of a select that its list does not offer (a tampered form). */
export const BAD_OPTIONS: readonly Payload[] = [
  { name: "unknown value", value: "BOGUS" },
  { name: "lower case", value: "general" },
  { name: "prototype key", value: "__proto__" },
  { name: "inherited method", value: "toString" },
  { name: "markup", value: `<script>${ran}</script>` },
];

/** Whole numbers out of range or not whole numbers. */
export const BAD_INTEGERS: readonly Payload[] = [
  { name: "negative", value: "-1" },
  { name: "above range", value: "100001" },
  { name: "ten digits", value: "9999999999" },
  { name: "exponent", value: "1e3" },
  { name: "fraction", value: "1.5" },
  { name: "a word", value: "abc" },
];

/** Values of a query parameter a reader's address bar could carry. */
export const QUERY_VALUES: readonly Payload[] = [
  { name: "markup", value: `<corpus-mark data-corpus>` },
  { name: "script breakout", value: `"><script>${ran}</script>` },
  { name: "NUL", value: "a\u0000b" },
  { name: "right-to-left override", value: "\u202e1" },
  { name: "huge number", value: "99999999999999999999" },
  { name: "negative", value: "-1" },
  { name: "zero", value: "0" },
  { name: "exponent", value: "1e309" },
  { name: "prototype key", value: "__proto__" },
  { name: "path traversal", value: "../../etc/passwd" },
  { name: "very long", value: "长".repeat(1000) },
  { name: "empty", value: "" },
];

/** Raw query-string escapes that decode to no valid text (sent as they are). */
export const RAW_QUERY_ESCAPES: readonly Payload[] = [
  { name: "invalid UTF-8", value: "%FF%FE" },
  { name: "overlong UTF-8", value: "%C0%AF" },
  { name: "encoded surrogate", value: "%ED%A0%80" },
  { name: "broken escape", value: "%E4%B8" },
  { name: "bare percent", value: "%" },
];

/** Path segments where a slug or a file name goes. */
export const BAD_PATH_SEGMENTS: readonly Payload[] = [
  { name: "markup", value: encodeURIComponent(`<corpus-mark data-corpus>`) },
  { name: "NUL", value: "a%00b" },
  { name: "invalid UTF-8", value: "%FF%FE" },
  { name: "encoded traversal", value: "..%2F..%2Fetc%2Fpasswd" },
  { name: "capitals", value: "Codestral" },
  { name: "very long", value: "a".repeat(5000) },
  { name: "right-to-left override", value: encodeURIComponent("\u202emodel") },
  { name: "bare percent", value: "%" },
];

/** Junk appended to feeds, downloads and documents, which take no parameters. */
export const JUNK_QUERY_STRINGS: readonly Payload[] = [
  { name: "markup", value: `?x=${encodeURIComponent("<corpus-mark data-corpus>")}` },
  { name: "invalid UTF-8", value: "?%FF=%FE" },
  { name: "repeated keys", value: `?${"a=1&".repeat(500)}` },
  { name: "8 KB", value: `?q=${"x".repeat(8_000)}` },
  { name: "bare percent", value: "?%" },
];
