import { describe, expect, it, vi } from "vitest";
import { answering } from "@/lib/api/http";

describe("answering", () => {
  it("answers a database out of reach with a JSON 503 and Retry-After", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const unreachable = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    const response = await answering(async () => {
      throw unreachable;
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await response.json()).error).toMatchObject({ status: 503, code: "unavailable" });
  });

  it("answers anything else unexpected with a JSON 500 that shows nothing of the error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await answering(async () => {
      throw new Error("secret detail");
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("internal_error");
    expect(text).not.toContain("secret detail");
  });
});
