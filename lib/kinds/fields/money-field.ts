import { z } from "zod";
import { type Field, text } from "@/lib/kinds/fields/field";
import { CURRENCIES, formatAmount, parseMoney } from "@/lib/kinds/fields/parse-money";
import { currencyName, formatMoneyPrecise } from "@/lib/format/money";
import { t } from "@/lib/i18n";
import {
  withQualifier,
  type QualifiedValue,
  type QualifierColumns,
} from "@/lib/kinds/fields/qualified-field";

const e = t.admin.errors;

export interface MoneyValue {
  minor: bigint;
  currency: string;
}

interface MoneyOptions extends QualifierColumns {
  /** The column of the amount in minor units. */
  minorColumn: string;
  /** The currency's column; omit it with `fixedCurrency` for a figure in one currency. */
  currencyColumn?: string;
  fixedCurrency?: string;
}

/**
 * Whether a new amount is ten times the old one or more, or a tenth or less: a zero too many or
 * too few, or a unit misread. Zero is no figure to compare with (a free product), so never.
 */
export function changesTenfold(before: bigint, after: bigint): boolean {
  if (before <= 0n || after <= 0n) return false;
  return after >= before * 10n || after * 10n <= before;
}

/**
 * An exact amount typed as people write it ("1700000000", "17 亿", "1.7B", "11,7 Md€": see
 * parseMoney) in `name` and its currency in `name.currency` (which a currency in the text may
 * fill); stored as BigInt minor units. Empty means no amount. An edit that makes the stored
 * amount ten times larger or smaller waits for the editor's confirmation. With `qualifierColumn`,
 * a select beside it says how the amount stands in its source (约, 据报道, 推算: withQualifier).
 */
export function moneyField(
  name: string,
  label: string,
  options: MoneyOptions,
): Field<MoneyValue | QualifiedValue<MoneyValue> | null> {
  return withQualifier(plainMoneyField(name, label, options), options);
}

function plainMoneyField(name: string, label: string, options: MoneyOptions): Field<MoneyValue | null> {
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
        const money = parseMoney(raw.value, fixedCurrency ?? raw.currency);
        if (!money.ok) {
          ctx.addIssue({ code: "custom", message: money.message });
          return null;
        }
        return { minor: money.minor, currency: money.currency };
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
    confirmChange: (stored, value) => {
      const minor = stored[minorColumn];
      const currency = currencyColumn ? stored[currencyColumn] : fixedCurrency;
      if (!value || (typeof minor !== "string" && typeof minor !== "bigint") || currency !== value.currency) {
        return null;
      }
      const before = { minor: String(minor), currency: value.currency };
      return changesTenfold(BigInt(minor), value.minor)
        ? e.amount.tenfold(
            formatMoneyPrecise(before),
            formatMoneyPrecise({ minor: value.minor.toString(), currency: value.currency }),
          )
        : null;
    },
    describe: (values) => {
      const amount = text(values[name]);
      if (!amount) return "";
      const currency = fixedCurrency ?? text(values[currencyKey]);
      const money = parseMoney(amount, currency);
      return money.ok
        ? formatMoneyPrecise({ minor: money.minor.toString(), currency: money.currency })
        : `${amount} ${currencyName(currency)}`;
    },
  };
}

/**
 * The money a round, deal or event involves, in its own currency, and how it stands in its source
 * (the same columns in each of their tables).
 */
export const amountField = () =>
  moneyField("amount", t.fields.amount, {
    minorColumn: "amountMinor",
    currencyColumn: "currency",
    qualifierColumn: "amountQualifier",
  });

/** The USD figure its source reported beside the amount: never a conversion of ours. */
export const amountUsdField = () =>
  moneyField("amountUsd", t.fields.amountUsd, {
    minorColumn: "amountUsdMinor",
    fixedCurrency: "USD",
    qualifierColumn: "amountUsdQualifier",
  });
