import { qualify, type Figure } from "@/lib/format/figure";

/** An exact amount: integer minor units (cents) as a decimal string, in its own currency. */
export interface Money {
  minor: string;
  currency: string;
}

const CURRENCY_NAMES_ZH: Record<string, string> = {
  USD: "美元",
  EUR: "欧元",
  GBP: "英镑",
  CNY: "人民币",
};

/** The Chinese name of a currency, or its ISO code when there is none. */
export function currencyName(code: string): string {
  return CURRENCY_NAMES_ZH[code] ?? code;
}

// Chinese groups large numbers by 10^4 (万) and 10^8 (亿), not by thousands.
const CHINESE_UNITS: Array<{ size: bigint; name: string }> = [
  { size: 100_000_000n, name: "亿" },
  { size: 10_000n, name: "万" },
];

/** Exact decimal string of `value / divisor`, at most `digits` decimals, trailing zeros dropped. */
function divideToDecimal(value: bigint, divisor: bigint, digits: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  // Round half up at the last kept digit.
  const scaled = (abs * scale * 2n + divisor) / (divisor * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(digits, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The exact amount in major units with both decimals, e.g. "385000000.00" (for data exports). */
export function moneyDecimal(money: Money): string {
  const minor = toMinor(money);
  const abs = minor < 0n ? -minor : minor;
  return `${minor < 0n ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Minor units in a currency with two decimals, as an exact bigint. */
export function toMinor(money: Money): bigint {
  return BigInt(money.minor);
}

/**
 * Decimals of a 万 or 亿 shown: two, or three below ten of the unit, so that four significant
 * figures show ("1.283 亿", "11.83 亿"), as the press reports amounts.
 */
function unitDecimals(absUnits: bigint, unit: { size: bigint }): number {
  return absUnits < unit.size * 10n ? 3 : 2;
}

/**
 * Reader-facing amount in Chinese style: "1.12 亿美元", "1630 万美元", "14.99 美元".
 * Large amounts are shown to four significant figures or two decimals of their unit, as the
 * press reports them; `formatMoneyExact` gives the full figure.
 */
export function formatMoney(money: Money): string {
  const minor = toMinor(money);
  const units = minor / 100n;
  const currencyName = CURRENCY_NAMES_ZH[money.currency] ?? ` ${money.currency}`;
  const absUnits = units < 0n ? -units : units;
  for (const unit of CHINESE_UNITS) {
    if (absUnits >= unit.size) {
      const decimals = unitDecimals(absUnits, unit);
      return `${divideToDecimal(minor, unit.size * 100n, decimals)} ${unit.name}${currencyName}`;
    }
  }
  return `${divideToDecimal(minor, 100n, 2)} ${currencyName.trim()}`;
}

/**
 * An amount with how it stands in its source, as readers see it everywhere: "据报道 20 亿美元",
 * "约 4.15 亿美元", "1.12 亿美元".
 */
export function formatMoneyFigure(figure: Figure<Money>): string {
  return qualify(formatMoney(figure.value), figure.qualifier);
}

/** Whether `formatMoney` shows the amount exactly, with nothing rounded away. */
function formatsExactly(minor: bigint): boolean {
  const absUnits = (minor < 0n ? -minor : minor) / 100n;
  const unit = CHINESE_UNITS.find((u) => absUnits >= u.size);
  if (!unit) return true;
  // d decimals of a unit of 万 or 亿 are steps of unit.size / 10^d units, i.e. unit.size × 100 / 10^d minor.
  return minor % ((unit.size * 100n) / 10n ** BigInt(unitDecimals(absUnits, unit))) === 0n;
}

/**
 * The Chinese amount when it is exact ("17 亿欧元"), or the rounded one with the exact figure
 * ("约 12.35 亿欧元（€1,234,567,890.00）"): for texts that must tell every change, such as the
 * change log and the admin's lists, where two amounts must never read the same.
 */
export function formatMoneyPrecise(money: Money): string {
  return formatsExactly(toMinor(money))
    ? formatMoney(money)
    : `约 ${formatMoney(money)}（${formatMoneyExact(money)}）`;
}

const ENGLISH_SCALES: Array<{ size: bigint; name: string }> = [
  { size: 10n ** 12n, name: "trillion" },
  { size: 10n ** 9n, name: "billion" },
  { size: 10n ** 6n, name: "million" },
];

/**
 * The amount as English writes it, exactly: "€1.7 billion", "$15 million", "€14.99"; a figure
 * that takes more than three decimals of a million or a billion is written in full
 * ("€1,234,567,890").
 */
export function formatMoneyEnglish(money: Money): string {
  const minor = toMinor(money);
  const absUnits = (minor < 0n ? -minor : minor) / 100n;
  const format = (decimal: string, minimumFractionDigits = 0) =>
    new Intl.NumberFormat("en", {
      style: "currency",
      currency: money.currency,
      minimumFractionDigits,
      maximumFractionDigits: 20,
    }).format(decimal as `${number}`);
  const scale = ENGLISH_SCALES.find((s) => absUnits >= s.size);
  if (scale) {
    const decimal = divideToDecimal(minor, scale.size * 100n, 3);
    // Exact at three decimals: the rounded figure times the scale is the amount.
    if (minor % (scale.size / 10n) === 0n) return `${format(decimal)} ${scale.name}`;
  }
  return format(divideToDecimal(minor, 100n, 2), minor % 100n === 0n ? 0 : 2);
}

/** The exact figure with grouping, e.g. "US$112,000,000.00". */
export function formatMoneyExact(money: Money, locale = "zh-CN"): string {
  const decimal = divideToDecimal(toMinor(money), 100n, 2);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: 2,
    // A decimal string keeps every digit exact (Intl.NumberFormat v3).
  }).format(decimal as `${number}`);
}

/** Sums amounts of one currency exactly. */
export function sumMoney(amounts: Money[], currency: string): Money {
  const total = amounts.filter((m) => m.currency === currency).reduce((acc, m) => acc + toMinor(m), 0n);
  return { minor: total.toString(), currency };
}
