import type { Field } from "@/lib/kinds/fields/field";
import { CURRENCIES, formatAmount, parseMoney } from "@/lib/kinds/fields/parse-money";
import { parseStatusCell, rowsSchema, statusValue } from "@/lib/kinds/fields/row-cells";
import { pickRows, rowsToValues } from "@/lib/kinds/fields/rows";
import { type ClaimStatus, claimStatusLabel } from "@/lib/claims/claim-status";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { currencyName, formatMoneyPrecise } from "@/lib/format/money";
import { t } from "@/lib/i18n";
import type { EntryKind } from "@/lib/kinds";

const e = t.admin.errors;
const f = t.admin.form;
const VALUE_MAX = 300;
const NOTE_MAX = 300;

export interface AlternativeValueInput {
  /** The name of the entry's field it is another value of. */
  field: string;
  /** As the source words it. */
  value: string;
  /** The exact figure, for a money field, when the source gives one. */
  amountMinor: bigint | null;
  currency: string | null;
  /** Null when no link supports it. */
  sourceId: string | null;
  status: ClaimStatus;
  note: string;
}

/** A stored row as the snapshot holds it (BigInt as a string). */
interface AlternativeValueRow extends Omit<AlternativeValueInput, "amountMinor"> {
  amountMinor: string | null;
}

const CELLS = ["field", "value", "amount", "currency", "source", "status", "note"] as const;

/** A row's exact figure as the change log and history tell it: "1630 万美元". */
function describeAmount(amount: string, currency: string): string {
  const money = parseMoney(amount, currency);
  return money.ok
    ? formatMoneyPrecise({ minor: money.minor.toString(), currency: money.currency })
    : `${amount} ${currencyName(currency)}`;
}
// The cells an editor fills; a row with nothing else than a status is a blank row.
const CONTENT_CELLS = CELLS.filter((cell) => cell !== "status");

/**
 * Other values the sources give for some of an entry's fields (其他说法), shown beside the
 * field's own value, so that no conflicting figure is silently dropped: each with its source
 * (none when no link supports it), its status, a note, and for a money field the exact figure.
 * One field for every kind: it is handed the kind's fields it may speak of, whose labels and
 * money-ness come from their own descriptions.
 */
export function alternativeValuesField(
  subjectType: EntryKind,
  fields: readonly Field[],
  name = "alternativeValues",
): Field<AlternativeValueInput[]> {
  const label = t.fields.alternativeValues;
  const byName = new Map(fields.map((field) => [field.name, field]));
  const fixedCurrencyOf = (field: Field) => (field.ui.type === "money" ? field.ui.fixedCurrency : undefined);
  return {
    name,
    label,
    ui: {
      type: "alternatives",
      name,
      label,
      help: t.fields.alternativeValuesHelp,
      fields: fields.map((field) => ({
        value: field.name,
        label: field.label,
        money: field.ui.type === "money",
        fixedCurrency: fixedCurrencyOf(field),
      })),
      currencies: [...CURRENCIES],
    },
    schema: rowsSchema(label, CELLS).transform((rows, ctx) => {
      const seen = new Set<string>();
      const values: AlternativeValueInput[] = [];
      rows.forEach((raw, index) => {
        const row = Object.fromEntries(CELLS.map((cell) => [cell, raw[cell].trim()])) as Record<
          (typeof CELLS)[number],
          string
        >;
        if (CONTENT_CELLS.every((cell) => row[cell] === "")) return;
        const n = index + 1;
        let valid = true;
        const refuse = (message: string) => {
          ctx.addIssue({ code: "custom", message });
          valid = false;
        };
        const target = byName.get(row.field);
        if (row.field === "") refuse(e.rowFieldMissing(n));
        else if (!target) refuse(`${f.row(n)}：${e.unknownOption(f.alternativeField)}`);
        if (row.value === "") refuse(e.rowValueMissing(n));
        else if (row.value.length > VALUE_MAX)
          refuse(`${f.row(n)}：${e.tooLong(f.alternativeValue, VALUE_MAX)}`);
        else if (CONTROL_CHARACTERS.test(row.value)) refuse(`${f.row(n)}：${e.control(f.alternativeValue)}`);
        if (row.note.length > NOTE_MAX) refuse(`${f.row(n)}：${e.tooLong(f.alternativeNote, NOTE_MAX)}`);
        else if (CONTROL_CHARACTERS.test(row.note)) refuse(`${f.row(n)}：${e.control(f.alternativeNote)}`);
        if (row.source.length > 64) refuse(`${f.row(n)}：${e.referenceMissing}`);
        const status = parseStatusCell(row.status, index, ctx);
        if (status === null) valid = false;

        let amountMinor: bigint | null = null;
        let currency: string | null = null;
        if (row.amount !== "" && target) {
          if (target.ui.type !== "money") refuse(e.rowAmountNotMoney(n, target.label));
          else {
            const amount = parseMoney(row.amount, fixedCurrencyOf(target) ?? row.currency);
            if (!amount.ok) refuse(`${f.row(n)}：${amount.message}`);
            else [amountMinor, currency] = [amount.minor, amount.currency];
          }
        }
        if (!valid || status === null) return;

        const key = JSON.stringify([row.field, row.value, row.source]);
        if (seen.has(key)) return ctx.addIssue({ code: "custom", message: e.duplicateRow(n) });
        seen.add(key);
        values.push({
          field: row.field,
          value: row.value,
          amountMinor,
          currency: amountMinor === null ? null : currency,
          sourceId: row.source || null,
          status,
          note: row.note,
        });
      });
      return values;
    }),
    pick: (values) => pickRows(values, name, CELLS),
    toValues: (snapshot) =>
      rowsToValues(
        name,
        ((snapshot[name] as AlternativeValueRow[] | undefined) ?? []).map((row) => ({
          field: row.field,
          value: row.value,
          amount: row.amountMinor === null ? "" : formatAmount(row.amountMinor),
          currency: row.currency ?? "",
          source: row.sourceId ?? "",
          status: statusValue(row.status),
          note: row.note,
        })),
      ),
    load: async (db, subjectId) => ({
      [name]: await db.alternativeValue.findMany({
        where: { subjectType, subjectId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          field: true,
          value: true,
          amountMinor: true,
          currency: true,
          sourceId: true,
          status: true,
          note: true,
        },
      }),
    }),
    write: async (db, subjectId, values) => {
      await db.alternativeValue.deleteMany({ where: { subjectType, subjectId } });
      await db.alternativeValue.createMany({
        data: values.map((value, position) => ({ subjectType, subjectId, ...value, position })),
      });
    },
    targets: ["sources"],
    referencedIds: (values) => [
      { target: "sources", ids: values.flatMap((v) => (v.sourceId ? [v.sourceId] : [])) },
    ],
    findReferrers: async (db, _owner, target, sourceId) =>
      target === "sources"
        ? (
            await db.alternativeValue.findMany({
              where: { sourceId: sourceId ?? { not: null }, subjectType },
              select: { subjectId: true, sourceId: true },
            })
          ).map((row) => ({ referrerId: row.subjectId, targetId: String(row.sourceId) }))
        : [],
    describe: (values, names) =>
      pickRows(values, name, CELLS)
        .filter((row) => row.value)
        .map((row) => {
          const fieldLabel = byName.get(String(row.field))?.label ?? String(row.field);
          const amount = row.amount ? ` = ${describeAmount(String(row.amount), String(row.currency))}` : "";
          // A source readers cannot see is not named, as the public pages show no link for it.
          const source = (row.source ? names("sources", String(row.source)) : null) ?? t.claims.noSource;
          const note = row.note ? `；${row.note}` : "";
          return `${fieldLabel}：${row.value}${amount}（${source}，${claimStatusLabel(statusValue(row.status))}${note}）`;
        })
        .join("；"),
  };
}
