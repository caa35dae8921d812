// An entry created from a form that needed it ("新建机构" beside a round's investors): the form is
// opened again with the new entry chosen in the field that asked for it. What the field holds is
// plain form values, so this works on whatever the form shows (its saved values or a draft).
import type { FormValues } from "@/lib/actions/action-result";
import type { KindKey } from "@/lib/kinds";
import { rowInputName, type FieldUi } from "@/lib/kinds/fields/field-ui";

/** The kinds a field can be given a new entry of, each with the prefix its value takes. */
export function creatableTargets(field: FieldUi): { kind: KindKey; prefix: string }[] {
  switch (field.type) {
    case "reference":
    case "references":
      return [{ kind: field.target, prefix: "" }];
    case "investors":
      return [
        { kind: "organizations", prefix: "organization:" },
        { kind: "people", prefix: "person:" },
      ];
    case "citations":
      return [{ kind: "sources", prefix: "" }];
    default:
      return [];
  }
}

/** The cell of a row field that holds the chosen entry. */
const ROW_CELL = { investors: "ref", citations: "source" } as const;

/** The index after every row of a row field the values hold (`citations.3.claim`: 4). */
function nextRowIndex(values: FormValues, name: string): number {
  const prefix = `${name}.`;
  const indexes = Object.keys(values)
    .filter((key) => key.startsWith(prefix))
    .map((key) => Number.parseInt(key.slice(prefix.length), 10))
    .filter(Number.isInteger);
  return indexes.length ? Math.max(...indexes) + 1 : 0;
}

/**
 * `values` with entry `id` of kind `kind` chosen in `field`: a single reference is set, a list of
 * references gains it, a row field gains a row with it (after the rows already filled in). A
 * field that cannot hold that kind leaves the values as they are.
 */
export function withPickedEntry(values: FormValues, field: FieldUi, kind: KindKey, id: string): FormValues {
  const target = creatableTargets(field).find((candidate) => candidate.kind === kind);
  if (!target) return values;
  const value = `${target.prefix}${id}`;
  switch (field.type) {
    case "reference":
      return { ...values, [field.name]: value };
    case "references": {
      const current = values[field.name];
      const list = Array.isArray(current) ? current : current ? [current] : [];
      return list.includes(value) ? values : { ...values, [field.name]: [...list, value] };
    }
    case "investors":
    case "citations": {
      const cell = new RegExp(`^${field.name}\\.\\d+\\.${ROW_CELL[field.type]}$`);
      if (Object.entries(values).some(([key, held]) => cell.test(key) && held === value)) return values;
      return {
        ...values,
        [rowInputName(field.name, nextRowIndex(values, field.name), ROW_CELL[field.type])]: value,
      };
    }
    default:
      return values;
  }
}
