import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv, type CsvColumn } from "@/lib/csv/to-csv";

interface Row {
  name: string;
  note: string;
}

const columns: CsvColumn<Row>[] = [
  { header: "名称", value: (row) => row.name },
  { header: "备注", value: (row) => row.note },
];

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark and ends records with CRLF", () => {
    const csv = toCsv(columns, [{ name: "Devstral", note: "代码" }]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe("\uFEFF名称,备注\r\nDevstral,代码\r\n");
  });

  it("quotes cells with commas, quotes and line breaks so they read back unchanged", () => {
    const rows: Row[] = [
      { name: "A, B", note: '他说"不待售"' },
      { name: "第一行\n第二行", note: "回车\r\n换行" },
      { name: "Mistral AI 追踪", note: "" },
    ];
    const csv = toCsv(columns, rows);
    expect(csv).toContain('"A, B","他说""不待售"""');
    expect(csv).toContain('"第一行\n第二行"');
    const parsed: string[][] = parse(csv, { bom: true });
    expect(parsed).toEqual([["名称", "备注"], ...rows.map((row) => [row.name, row.note])]);
  });

  it("keeps cells from running as spreadsheet formulas", () => {
    const csv = toCsv(columns, [{ name: '=HYPERLINK("x")', note: "@SUM(A1)" }]);
    const [, row] = parse(csv, { bom: true }) as string[][];
    expect(row).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)"]);
  });
});
