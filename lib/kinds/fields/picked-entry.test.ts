import { describe, expect, it } from "vitest";
import type { FieldUi } from "@/lib/kinds/fields/field-ui";
import { withPickedEntry } from "@/lib/kinds/fields/picked-entry";

const investors: FieldUi = { type: "investors", name: "investors", label: "投资方" };
const citations: FieldUi = { type: "citations", name: "citations", label: "来源" };
const replaces: FieldUi = {
  type: "reference",
  name: "replacesId",
  label: "取代",
  required: false,
  target: "models",
};
const partners: FieldUi = { type: "references", name: "partners", label: "合作方", target: "organizations" };

describe("an entry created from the field that needed it", () => {
  it("is a new row after the rows the form holds, blank ones included", () => {
    const values = { "investors.0.ref": "organization:a", "investors.0.lead": "on", "investors.1.ref": "" };
    expect(withPickedEntry(values, investors, "organizations", "asml")).toEqual({
      ...values,
      "investors.2.ref": "organization:asml",
    });
    expect(withPickedEntry({}, investors, "people", "p1")).toEqual({ "investors.0.ref": "person:p1" });
    expect(withPickedEntry({ "citations.0.claim": "x" }, citations, "sources", "s1")).toEqual({
      "citations.0.claim": "x",
      "citations.1.source": "s1",
    });
  });

  it("is added once, however often the form opens with it", () => {
    const once = withPickedEntry({}, investors, "organizations", "asml");
    expect(withPickedEntry(once, investors, "organizations", "asml")).toEqual(once);
  });

  it("is the choice of a single reference, and joins a list of them once", () => {
    expect(withPickedEntry({ replacesId: "old" }, replaces, "models", "new")).toEqual({ replacesId: "new" });
    expect(withPickedEntry({ partners: "a" }, partners, "organizations", "b")).toEqual({
      partners: ["a", "b"],
    });
    expect(withPickedEntry({ partners: ["a", "b"] }, partners, "organizations", "b")).toEqual({
      partners: ["a", "b"],
    });
  });

  it("leaves a field alone that cannot hold that kind", () => {
    expect(withPickedEntry({ replacesId: "m" }, replaces, "organizations", "x")).toEqual({ replacesId: "m" });
    expect(withPickedEntry({}, citations, "organizations", "x")).toEqual({});
  });
});
