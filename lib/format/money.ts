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
 * Reader-facing amount in Chinese style: "1.12 亿美元", "1630 万美元", "14.99 美元".
 * Large amounts are shown to at most four significant figures, as the press reports them;
 * `formatMoneyExact` gives the full figure.
 */
export function formatMoney(money: Money): string {
  const minor = toMinor(money);
  const units = minor / 100n;
  const currencyName = CURRENCY_NAMES_ZH[money.currency] ?? ` ${money.currency}`;
  const absUnits = units < 0n ? -units : units;
  for (const unit of CHINESE_UNITS) {
    if (absUnits >= unit.size) {
      return `${divideToDecimal(minor, unit.size * 100n, 2)} ${unit.name}${currencyName}`;
    }
  }
  return `${divideToDecimal(minor, 100n, 2)} ${currencyName.trim()}`;
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
