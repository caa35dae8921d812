import type { FormValues } from "@/lib/actions/action-result";

/** At most this many rows per row field (investors, citations). */
export const MAX_ROWS = 200;

/**
 * The rows of a repeated field from the flat form, in index order: `citations.0.source`,
 * `citations.0.claim`, … become [{ source, claim }, …]. Cells left out (an unticked box) are "".
 */
export function pickRows(
  values: FormValues,
  name: string,
  cells: readonly string[],
): Record<string, unknown>[] {
  const byIndex = new Map<number, Record<string, unknown>>();
  const pattern = new RegExp(`^${name}\\.(\\d{1,4})\\.(${cells.join("|")})$`);
  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    if (!byIndex.has(index)) byIndex.set(index, Object.fromEntries(cells.map((c) => [c, ""])));
    byIndex.get(index)![match[2]] = value;
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** Rows back to flat form values, leaving out empty cells. */
export function rowsToValues(name: string, rows: readonly Record<string, string>[]): FormValues {
  const values: FormValues = {};
  rows.forEach((row, index) => {
    for (const [cell, value] of Object.entries(row)) if (value) values[`${name}.${index}.${cell}`] = value;
  });
  return values;
}
