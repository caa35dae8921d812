import { describe, expect, it } from "vitest";
import { toApiDate, toApiMoney } from "@/lib/api/fields";

describe("the API's money and dates", () => {
  it("gives money exactly, in minor units and as a decimal with both digits", () => {
    expect(toApiMoney(1499n, "USD")).toEqual({ minor: "1499", currency: "USD", decimal: "14.99" });
    expect(toApiMoney(5n, "EUR")).toEqual({ minor: "5", currency: "EUR", decimal: "0.05" });
    expect(toApiMoney(123_456_789_012_345_678n, "EUR")?.decimal).toBe("1234567890123456.78");
    expect(toApiMoney(null, "EUR")).toBeNull();
    expect(toApiMoney(100n, null)).toBeNull();
  });

  it("never makes a date more precise than it is", () => {
    const first = new Date("2024-01-01T00:00:00.000Z");
    expect(toApiDate(first, "YEAR")).toEqual({ date: "2024", precision: "YEAR" });
    expect(toApiDate(first, "MONTH")).toEqual({ date: "2024-01", precision: "MONTH" });
    expect(toApiDate(new Date("2024-07-24T00:00:00.000Z"), "DAY")).toEqual({
      date: "2024-07-24",
      precision: "DAY",
    });
    expect(toApiDate(null, "DAY")).toBeNull();
  });
});
