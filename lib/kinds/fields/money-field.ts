import { z } from "zod";
import { type Field, text } from "@/lib/kinds/fields/field";
import { formatAmount, parseAmount } from "@/lib/kinds/fields/parse-money";
import { currencyName } from "@/lib/format/money";
import { t } from "@/lib/i18n";

const e = t.admin.errors;

/** Currencies the sources use; ISO 4217 codes. */
export const CURRENCIES = ["USD", "EUR", "GBP", "CNY", "CHF", "JPY"] as const;

export interface MoneyValue {
  minor: bigint;
  currency: string;
}

interface MoneyOptions {
  /** The column of the amount in minor units. */
  minorColumn: string;
  /** The currency's column; omit it with `fixedCurrency` for a figure in one currency. */
  currencyColumn?: string;
  fixedCurrency?: string;
}

/**
 * An exact amount typed as plain decimal units ("112000000", "14.99") in `name` and its
 * currency in `name.currency`; stored as BigInt minor units. Empty means no amount.
 */
export function moneyField(name: string, label: string, options: MoneyOptions): Field<MoneyValue | null> {
  const { minorColumn, currencyColumn, fixedCurrency } = options;
  const currencyKey = `${name}.currency`;
  return {
    name,
    label,
    ui: { type: "money", name, label, currencies: [...CURRENCIES], fixedCurrency },
    schema: z
      .object(
        {
          value: z.string({ error: e.invalid(label) }).default(""),
          currency: z.string({ error: e.invalid(label) }).default(""),
        },
        { error: e.invalid(label) },
      )
      .transform((raw, ctx) => {
        if (raw.value.trim() === "") return null;
        const amount = parseAmount(raw.value);
        if (!amount.ok) {
          ctx.addIssue({ code: "custom", message: amount.message });
          return null;
        }
        const currency = fixedCurrency ?? raw.currency;
        if (!(CURRENCIES as readonly string[]).includes(currency)) {
          ctx.addIssue({ code: "custom", message: e.currency });
          return null;
        }
        return { minor: amount.minor, currency };
      }),
    pick: (values) => ({ value: values[name], currency: fixedCurrency ?? values[currencyKey] }),
    toValues: (snapshot) => {
      const minor = snapshot[minorColumn];
      const currency = currencyColumn ? snapshot[currencyColumn] : fixedCurrency;
      return typeof minor === "string"
        ? { [name]: formatAmount(minor), [currencyKey]: String(currency ?? "") }
        : { [name]: "", [currencyKey]: fixedCurrency ?? "" };
    },
    columns: (value) => ({
      [minorColumn]: value?.minor ?? null,
      ...(currencyColumn ? { [currencyColumn]: value?.currency ?? null } : {}),
    }),
    describe: (values) => {
      const amount = text(values[name]);
      return amount ? `${amount} ${currencyName(text(values[currencyKey]))}` : "";
    },
  };
}
