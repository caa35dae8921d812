import { describe, expect, it } from "vitest";
import { paginate, ZPageNumberSchema } from "@/lib/content/paginate";

const numbers = Array.from({ length: 50 }, (_, i) => i + 1);

describe("paginate", () => {
  it("cuts a list into pages and says where it is", () => {
    expect(paginate(numbers, 1, 20)).toEqual({
      items: numbers.slice(0, 20),
      total: 50,
      page: 1,
      pageCount: 3,
    });
    expect(paginate(numbers, 3, 20).items).toEqual(numbers.slice(40));
  });

  it("shows the last page for a page past the end, and one empty page for no entries", () => {
    expect(paginate(numbers, 99, 20).page).toBe(3);
    expect(paginate([], 2, 20)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("reads the page parameter leniently", () => {
    expect(ZPageNumberSchema.parse("2")).toBe(2);
    for (const bad of ["0", "-1", "x", "1.5", undefined]) expect(ZPageNumberSchema.parse(bad)).toBe(1);
  });
});
