import { t } from "@/lib/i18n";

const e = t.admin.errors;

/** Plain decimal units as typed: digits, optionally a point and at most two decimals. */
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;
const MAX_DIGITS = 16;

export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; message: string };

/**
 * "112000000" or "14.99" to exact minor units (cents) as BigInt, never through floating point.
 * Refuses negatives, exponents ("1e9"), grouping and more than two decimals, each with its reason.
 */
export function parseAmount(input: string): ParsedAmount {
  const text = input.trim();
  if (text.startsWith("-")) return { ok: false, message: e.amountNegative };
  if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, message: e.amountDecimals };
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, message: e.amountFormat };
  const [, units, cents = ""] = match;
  if (units.replace(/^0+/, "").length > MAX_DIGITS) return { ok: false, message: e.amountTooLarge };
  return { ok: true, minor: BigInt(units) * 100n + BigInt(cents.padEnd(2, "0")) };
}

/** Minor units back to the text an editor types: "112000000", "14.99", "14.90". */
export function formatAmount(minor: bigint | string): string {
  const value = BigInt(minor);
  const units = value / 100n;
  const cents = value % 100n;
  return cents === 0n ? units.toString() : `${units}.${cents.toString().padStart(2, "0")}`;
}
