import { describe, expect, it } from "vitest";
import { paginate, queryPage, ZPageNumberSchema } from "@/lib/content/paginate";

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

  it("asks the database for the rows of the page shown only", async () => {
    const windows: { skip: number; take: number }[] = [];
    const rows = async (window: { skip: number; take: number }) => {
      windows.push(window);
      return numbers.slice(window.skip, window.skip + window.take);
    };
    const count = async () => numbers.length;
    expect(await queryPage(2, count, rows, 20)).toEqual(paginate(numbers, 2, 20));
    expect((await queryPage(99, count, rows, 20)).items).toEqual(numbers.slice(40));
    expect(windows).toEqual([
      { skip: 20, take: 20 },
      { skip: 40, take: 20 },
    ]);
    expect(await queryPage(3, async () => 0, rows, 20)).toEqual(paginate([], 3, 20));
    expect(windows).toHaveLength(2);
  });

  it("reads the page parameter leniently", () => {
    expect(ZPageNumberSchema.parse("2")).toBe(2);
    for (const bad of ["0", "-1", "x", "1.5", undefined]) expect(ZPageNumberSchema.parse(bad)).toBe(1);
  });
});
