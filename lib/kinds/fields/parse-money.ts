// Amounts as editors type them, read exactly. One parser for the admin's form on the client (the
// echo beside the field, lib/kinds/fields/money-echo.ts) and the save on the server (the money
// field's schema), so both always agree: no server-only import here.
import { currencyName } from "@/lib/format/money";
import { t } from "@/lib/i18n";

const e = t.admin.errors.amount;

/** Currencies the sources use; ISO 4217 codes. */
export const CURRENCIES = ["USD", "EUR", "GBP", "CNY", "CHF", "JPY"] as const;

/** At most 10^16 units (10^18 minor units), well inside the database's 64-bit integers. */
const MAX_UNIT_DIGITS = 16;

export type ParsedMoney = { ok: true; minor: bigint; currency: string } | { ok: false; message: string };

/** Multipliers, by how they are written (compared in lower case). */
const UNITS: Record<string, bigint> = {
  // Chinese counts in 10^4 and 10^8.
  千: 10n ** 3n,
  万: 10n ** 4n,
  十万: 10n ** 5n,
  百万: 10n ** 6n,
  千万: 10n ** 7n,
  亿: 10n ** 8n,
  十亿: 10n ** 9n,
  百亿: 10n ** 10n,
  千亿: 10n ** 11n,
  万亿: 10n ** 12n,
  // English, and French where it is the same (k, M).
  k: 10n ** 3n,
  thousand: 10n ** 3n,
  m: 10n ** 6n,
  mn: 10n ** 6n,
  million: 10n ** 6n,
  millions: 10n ** 6n,
  b: 10n ** 9n,
  bn: 10n ** 9n,
  billion: 10n ** 9n,
  billions: 10n ** 9n,
  tn: 10n ** 12n,
  trillion: 10n ** 12n,
  // French: milliard = 10^9 (Md, Mds).
  md: 10n ** 9n,
  mds: 10n ** 9n,
  milliard: 10n ** 9n,
  milliards: 10n ** 9n,
};

/** Units only French writes: with them a comma may be a decimal comma ("11,7 Md€"). */
const FRENCH_UNITS = new Set(["md", "mds", "milliard", "milliards"]);

/** Currencies as written, by the codes they may mean ("¥" is the yuan's sign and the yen's). */
const CURRENCY_WORDS: Record<string, readonly string[]> = {
  us$: ["USD"],
  usd: ["USD"],
  $: ["USD"],
  美元: ["USD"],
  美金: ["USD"],
  dollar: ["USD"],
  dollars: ["USD"],
  "de dollars": ["USD"],
  "€": ["EUR"],
  eur: ["EUR"],
  欧元: ["EUR"],
  euro: ["EUR"],
  euros: ["EUR"],
  "d'euros": ["EUR"],
  "£": ["GBP"],
  gbp: ["GBP"],
  英镑: ["GBP"],
  "cn¥": ["CNY"],
  cny: ["CNY"],
  rmb: ["CNY"],
  人民币: ["CNY"],
  元: ["CNY"],
  yuan: ["CNY"],
  "jp¥": ["JPY"],
  jpy: ["JPY"],
  日元: ["JPY"],
  円: ["JPY"],
  yen: ["JPY"],
  chf: ["CHF"],
  瑞士法郎: ["CHF"],
  瑞郎: ["CHF"],
  "¥": ["CNY", "JPY"],
};

// Longest first, so "美元" is read before "元" and "mds" before "md" and "m".
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length);
const UNIT_WORDS = byLength(Object.keys(UNITS));
const CURRENCY_KEYS = byLength(Object.keys(CURRENCY_WORDS));

const LATIN = /[a-z]/i;
const APPROXIMATE =
  /^(?:约|大约|约合|近|将近|接近|超过|超|逾|至少|最多|不到|~|≈|about|around|approx|over|nearly|almost|up to)/i;
/** Longer text is no amount; it is refused before anything is read. */
const MAX_LENGTH = 100;
const RANGE = /\d\s*(?:-|–|—|~|～|至|到)\s*[-–—]?\d/;

/**
 * Full-width digits, signs and punctuation (a Chinese input method's) as ASCII, any space (the
 * no-break and narrow no-break spaces of French grouping too) as one space, the typographic
 * apostrophe as the ASCII one.
 */
function normalize(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uffe5/g, "¥")
    .replace(/\uffe1/g, "£")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The longest of `words` at `at` in `text` (lower case), as a whole word when it is Latin. */
function wordAt(text: string, at: number, words: readonly string[]): string | null {
  for (const word of words) {
    if (text.slice(at, at + word.length).toLowerCase() !== word) continue;
    const next = text[at + word.length] ?? "";
    if (LATIN.test(word.at(-1)!) && LATIN.test(next)) continue;
    return word;
  }
  return null;
}

interface Reading {
  /** The number as typed, e.g. "11,7" or "1 700 000". */
  number: string;
  /** Its unit, in lower case. */
  unit: string | null;
  /** The currency words, as typed, before the number and after it. */
  before: string[];
  after: string[];
}

/** Splits the text into currency words, one number, a unit, and more currency words. */
function tokenize(text: string): Reading | { message: string } {
  let at = 0;
  const skipSpace = () => {
    while (text[at] === " ") at += 1;
  };
  const readCurrencies = (into: string[]) => {
    for (skipSpace(); ; skipSpace()) {
      const word = wordAt(text, at, CURRENCY_KEYS);
      if (!word) return into;
      into.push(text.slice(at, at + word.length));
      at += word.length;
    }
  };
  const before = readCurrencies([]);
  if (/^[-−]/.test(text.slice(at))) return { message: e.negative };
  // Digits with single separators between them: a point, a comma, an apostrophe or a space.
  const number = /^\d+(?:[.,' ]\d+)*/.exec(text.slice(at))?.[0];
  if (!number) return { message: unknown(text.slice(at)) };
  at += number.length;
  skipSpace();
  const unit = wordAt(text, at, UNIT_WORDS);
  if (unit) at += unit.length;
  const after = readCurrencies([]);
  if (at < text.length) return { message: unknown(text.slice(at)) };
  return { number, unit, before, after };
}

/** What could not be read: the word there (not markup, not a whole essay), or the general message. */
function unknown(rest: string): string {
  const word = /^[^\s\d.,]\S{0,19}(?=\s|$)/.exec(rest)?.[0];
  return word && !/[<>&"]/.test(word) ? e.unknownWord(word) : e.format;
}

/** Groups after the first must be three digits; the first, one to three not starting with 0. */
const validGroups = (groups: string[]) =>
  /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/**
 * The number's integer and decimal digits. The rules, so that nothing is guessed:
 * - a space or an apostrophe only ever groups thousands;
 * - with both a point and a comma, the last one is the decimal mark and the other groups;
 * - a mark that appears more than once groups;
 * - a single point is a decimal point ("1.7", "1.125 亿");
 * - a single comma followed by one or two digits is a decimal comma ("11,7"); by exactly three
 *   it groups ("1,700"), unless the amount is written the French way (a French unit, or "€" after
 *   the number: "1,500 Md€", "1,700 €"), where it could be either and is refused; after a lone 0
 *   it is a decimal comma ("0,750"); by four or more it is neither, and refused.
 * Groups must be three digits ("1,70,000" is refused), with one kind of grouping mark.
 */
function readNumber(
  number: string,
  french: boolean,
): { digits: string; decimals: string } | { message: string } {
  const marks = number.replace(/\d/g, "");
  const count = (mark: string) => marks.split(mark).length - 1;
  let decimal: "." | "," | null = null;
  const last = [...marks].reverse().find((m) => m === "." || m === ",");
  if (last === "." && count(".") === 1) decimal = ".";
  else if (last === "," && count(",") === 1) {
    const [integer, after] = number.split(",");
    if (count(".") > 0 || after.length <= 2 || integer === "0") decimal = ",";
    else if (after.length > 3) return { message: e.commaDigits(number) };
    else if (french && /^\d+$/.test(integer)) {
      return {
        message: e.ambiguousComma(number, `${integer}${after}`, `${integer}.${after}`.replace(/\.?0+$/, "")),
      };
    }
  }
  const [integer, decimals = ""] = decimal ? number.split(decimal) : [number];
  const grouping = new Set(integer.replace(/\d/g, ""));
  if (grouping.size > 1) return { message: e.mixedGrouping(number) };
  const [mark] = grouping;
  if (mark && !validGroups(integer.split(mark))) return { message: e.grouping(number) };
  if (/\D/.test(decimals)) return { message: e.grouping(number) };
  return { digits: integer.replace(/\D/g, ""), decimals };
}

/** Names the public pages do not need yet (they show these currencies by code). */
const NAMES: Record<string, string> = { JPY: "日元", CHF: "瑞士法郎" };
/** A currency's name for messages: "欧元（EUR）". */
const currencyLabel = (code: string) => `${NAMES[code] ?? currencyName(code)}（${code}）`;

/**
 * The currency the text names, checked against the one chosen (`selected`, or the field's own
 * `fixed` currency): it may fill an empty choice, never contradict one.
 */
function resolveCurrency(words: string[], selected: string): { currency: string } | { message: string } {
  let candidates: readonly string[] | null = null;
  let written = "";
  for (const word of words) {
    const codes = CURRENCY_WORDS[word.toLowerCase()];
    const common: readonly string[] = candidates ? codes.filter((c) => candidates!.includes(c)) : codes;
    if (common.length === 0) return { message: e.currencyTwice(`「${written}」`, `「${word}」`) };
    candidates = common;
    written ||= word;
  }
  if (selected && !(CURRENCIES as readonly string[]).includes(selected))
    return { message: t.admin.errors.currency };
  if (!candidates) return selected ? { currency: selected } : { message: t.admin.errors.currency };
  if (selected) {
    return candidates.includes(selected)
      ? { currency: selected }
      : { message: e.currencyConflict(`「${written}」`, currencyLabel(selected)) };
  }
  if (candidates.length > 1) {
    return { message: e.currencyAmbiguous(written, candidates.map(currencyLabel).join("，也可指")) };
  }
  return { currency: candidates[0] };
}

/**
 * An amount as people write it, to exact minor units (cents) and its currency, never through
 * floating point: "1700000000", "1,700,000,000", "1 700 000 000", "17 亿", "1.7B", "$2 billion",
 * "€1.7bn", "11,7 Md€", "500 M€", "1500 万", "15m", "14.99". A currency in the text fills an
 * empty `selected` and must agree with a chosen one. Refuses, each with its own message:
 * negatives, exponents, ranges, approximations, ambiguous or invalid grouping, anything finer
 * than a cent once scaled, and amounts of more than 16 digits. Empty text is the caller's case.
 */
export function parseMoney(input: string, selected: string): ParsedMoney {
  const text = normalize(input);
  if (text.length > MAX_LENGTH)
    return { ok: false, message: /^[\d.,' ]+$/.test(text) ? e.tooLarge : e.format };
  if (APPROXIMATE.test(text)) return { ok: false, message: e.approximate };
  if (RANGE.test(text)) return { ok: false, message: e.range };
  if (/\d\s*e\s*[+-]?\d/i.test(text)) return { ok: false, message: e.exponent };
  const reading = tokenize(text);
  if ("message" in reading) return { ok: false, message: reading.message };
  const french = FRENCH_UNITS.has(reading.unit ?? "") || reading.after.includes("€");
  const number = readNumber(reading.number, french);
  if ("message" in number) return { ok: false, message: number.message };
  if (number.digits.replace(/^0+/, "").length > MAX_UNIT_DIGITS) return { ok: false, message: e.tooLarge };

  // The value is digits.decimals × unit × 100 minor units; it must come out whole.
  const scale = 10n ** BigInt(number.decimals.length);
  const whole = BigInt(number.digits + number.decimals) * (reading.unit ? UNITS[reading.unit] : 1n) * 100n;
  if (whole % scale !== 0n) return { ok: false, message: e.decimals };
  const minor = whole / scale;
  if (minor >= 10n ** BigInt(MAX_UNIT_DIGITS + 2)) return { ok: false, message: e.tooLarge };

  const currency = resolveCurrency([...reading.before, ...reading.after], selected);
  if ("message" in currency) return { ok: false, message: currency.message };
  return { ok: true, minor, currency: currency.currency };
}

/** Minor units back to the text an editor types: "112000000", "14.99", "14.90". */
export function formatAmount(minor: bigint | string): string {
  const value = BigInt(minor);
  const units = value / 100n;
  const cents = value % 100n;
  return cents === 0n ? units.toString() : `${units}.${cents.toString().padStart(2, "0")}`;
}
