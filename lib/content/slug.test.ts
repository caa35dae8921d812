import { describe, expect, it } from "vitest";
import { SLUG_MAX, suggestSlug } from "@/lib/content/slug";

describe("a slug suggested from a title", () => {
  it("keeps the title's Latin words and digits, lower case, joined by hyphens", () => {
    expect(suggestSlug("Mistral Medium 3")).toBe("mistral-medium-3");
    expect(suggestSlug("  Le Chat Pro  ")).toBe("le-chat-pro");
    expect(suggestSlug("Magistral Small 1.1")).toBe("magistral-small-11");
    expect(suggestSlug("Série C de 1,7 Md€ menée par ASML")).toBe("serie-c-de-17-mdeuro-menee-par-asml");
  });

  it("gives nothing where the title has no Latin letters or digits to make one", () => {
    expect(suggestSlug("股权和债务融资")).toBe("");
    expect(suggestSlug("——")).toBe("");
  });

  it("drops the Chinese of a mixed title, and is never longer than a slug may be", () => {
    expect(suggestSlug("C 轮融资 2025")).toBe("c-2025");
    expect(suggestSlug("a".repeat(150)).length).toBe(SLUG_MAX);
  });
});
