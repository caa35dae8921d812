import { describe, expect, it } from "vitest";
import { readPicked, readReturnTo, returnAddress } from "@/lib/admin/return-to";

describe("the way back to a form that needed a new entry", () => {
  it("leads only to an admin form of a kind, into a field's name", () => {
    expect(readReturnTo("/admin/funding/new", "investors")).toEqual({
      path: "/admin/funding/new",
      field: "investors",
    });
    expect(readReturnTo("/admin/funding/cm1abc", "citations")).toEqual({
      path: "/admin/funding/cm1abc",
      field: "citations",
    });
    for (const path of [
      "https://evil.example/admin/funding/new",
      "//evil.example/admin/funding/new",
      "/admin/funding/new?x=1",
      "/admin/nothing/new",
      "/admin/users/new",
      "/funding/new",
      "/admin/funding/../../x",
      "",
    ])
      expect(readReturnTo(path, "investors"), path).toBeNull();
    for (const field of ["", "a b", "investors.0.ref", "<x>", "1x"])
      expect(readReturnTo("/admin/funding/new", field), field).toBeNull();
    expect(readReturnTo(["/admin/funding/new"], "investors")).toBeNull();
  });

  it("names the new entry for the field, and is read back the same", () => {
    const address = returnAddress({ path: "/admin/funding/new", field: "investors" }, "organizations", "cm9");
    expect(address).toBe("/admin/funding/new?picked=organizations%3Acm9&field=investors");
    const query = new URL(address, "http://x").searchParams;
    expect(readPicked(query.get("picked"), query.get("field"))).toEqual({
      field: "investors",
      kind: "organizations",
      id: "cm9",
    });
  });

  it("chooses nothing for an unknown kind, a malformed id or field", () => {
    for (const picked of [
      "users:1",
      "organizations",
      "organizations:",
      "organizations:a:b",
      "organizations:<x>",
    ])
      expect(readPicked(picked, "investors"), picked).toBeNull();
    expect(readPicked("organizations:cm9", "in vestors")).toBeNull();
    expect(readPicked(undefined, undefined)).toBeNull();
  });
});
