import { describe, expect, it } from "vitest";
import { formatAmount } from "@/lib/kinds/fields/parse-money";
import { formatPartialDateInput, parsePartialDate } from "@/lib/kinds/fields/parse-partial-date";
import { parseAdminDateTime, toAdminDateTimeInput } from "@/lib/admin/admin-time";
import { dayField } from "@/lib/kinds/fields/day-field";

describe("formatAmount", () => {
  it("writes minor units back as the editor typed them", () => {
    expect(formatAmount(11_200_000_000n)).toBe("112000000");
    expect(formatAmount("1499")).toBe("14.99");
    expect(formatAmount("1490")).toBe("14.90");
  });
});

describe("parsePartialDate", () => {
  it("truncates to the precision: a month is stored as its first day", () => {
    const month = parsePartialDate("2024-07-24", "MONTH");
    expect(month).toEqual({ ok: true, date: new Date("2024-07-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate("2024-07", "MONTH")).toEqual(month);
    expect(parsePartialDate("2024", "YEAR")).toEqual({
      ok: true,
      date: new Date("2024-01-01T00:00:00Z"),
      precision: "YEAR",
    });
    expect(parsePartialDate("2024-02-29", "DAY")).toMatchObject({ ok: true, precision: "DAY" });
  });

  it("refuses impossible dates rather than rolling them over", () => {
    expect(parsePartialDate("2024-02-30", "DAY")).toEqual({ ok: false, message: "不存在的日期：2024-02-30" });
    expect(parsePartialDate("2023-02-29", "DAY")).toMatchObject({ ok: false });
    expect(parsePartialDate("2024-13", "MONTH")).toMatchObject({ ok: false });
  });

  it("reads a date as precise as it was typed, with or without leading zeros, or in Chinese", () => {
    const june = { ok: true, date: new Date("2025-06-01T00:00:00Z"), precision: "MONTH" };
    expect(parsePartialDate("2025-06", "DAY")).toEqual(june);
    expect(parsePartialDate("2025-6", "DAY")).toEqual(june);
    expect(parsePartialDate("2025年6月", "DAY")).toEqual(june);
    const day = { ok: true, date: new Date("2025-09-09T00:00:00Z"), precision: "DAY" };
    expect(parsePartialDate("2025-9-9", "DAY")).toEqual(day);
    expect(parsePartialDate("2025/09/09", "DAY")).toEqual(day);
    expect(parsePartialDate("2025年9月9日", "DAY")).toEqual(day);
    expect(parsePartialDate("2025年", "MONTH")).toMatchObject({ ok: true, precision: "YEAR" });
  });

  it("refuses other formats and unknown precisions", () => {
    expect(parsePartialDate("24/07/2024", "DAY")).toMatchObject({
      ok: false,
      message: expect.stringContaining("YYYY"),
    });
    expect(parsePartialDate("2024-07-01", "HOUR")).toEqual({ ok: false, message: "请选择日期精度" });
    expect(parsePartialDate("1500", "YEAR")).toMatchObject({ ok: false });
  });

  it("writes a stored date back at its precision", () => {
    expect(formatPartialDateInput("2024-07-01T00:00:00.000Z", "MONTH")).toBe("2024-07");
    expect(formatPartialDateInput("2024-01-01T00:00:00.000Z", "YEAR")).toBe("2024");
  });
});

describe("admin times (Beijing time)", () => {
  it("reads a datetime-local value as UTC+8 and writes it back", () => {
    const date = parseAdminDateTime("2025-06-01T09:30");
    expect(date?.toISOString()).toBe("2025-06-01T01:30:00.000Z");
    expect(toAdminDateTimeInput(date!)).toBe("2025-06-01T09:30:00");
    expect(parseAdminDateTime("2025-06-01T09:30:15")?.toISOString()).toBe("2025-06-01T01:30:15.000Z");
  });

  it("refuses impossible or malformed times", () => {
    expect(parseAdminDateTime("2025-02-30T09:30")).toBeNull();
    expect(parseAdminDateTime("2025-06-01 25:00")).toBeNull();
    expect(parseAdminDateTime("")).toBeNull();
  });
});

describe("dayField", () => {
  const field = dayField("checkedOn", "核对日期");
  const parse = (value: unknown) => field.schema.safeParse(value);
  const message = (value: unknown) => {
    const result = parse(value);
    return result.success ? null : result.error.issues[0].message;
  };

  it("takes a whole day as its UTC midnight, and empty as none", () => {
    expect(parse("2024-07-24")).toEqual({ success: true, data: new Date("2024-07-24T00:00:00Z") });
    expect(parse("")).toEqual({ success: true, data: null });
    expect(parse(undefined)).toEqual({ success: true, data: null });
    expect(field.toValues({ checkedOn: "2024-07-24T00:00:00.000Z" })).toEqual({ checkedOn: "2024-07-24" });
    expect(field.toValues({ checkedOn: null })).toEqual({ checkedOn: "" });
    expect(field.describe({ checkedOn: "2024-07-24" }, () => null)).toBe("2024年7月24日");
  });

  it("refuses a month, a day that does not exist, a day to come and a repeated input", () => {
    expect(message("2024-07")).toBe("核对日期请填写到日，例如 2024-07-24");
    expect(message("2024-02-30")).toBe("不存在的日期：2024-02-30");
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(message(tomorrow)).toBe("核对日期不能晚于今天");
    expect(message(["2024-01-01", "2024-01-02"])).toBe("核对日期的格式无效");
    expect(message("2".repeat(41))).toMatch(/^日期格式应为/);
  });
});
