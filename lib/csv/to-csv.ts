import { stringify } from "csv-stringify/sync";

/** One column of a download: its header and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string;
}

/**
 * A CSV file as spreadsheet programs read it best: UTF-8 with a byte order mark (so Excel shows
 * Chinese), CRLF between records, quotes around any cell with a comma, quote or line break, and
 * a leading ' on cells that begin with = + - @ so that no cell runs as a formula.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))], {
    bom: true,
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
