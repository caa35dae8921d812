import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZLogInRequestSchema } from "@/lib/auth/log-in-request";

const errorsOf = (input: unknown) => {
  const parsed = ZLogInRequestSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("the login form's schema", () => {
  it("takes either a password or a ticket with a code", () => {
    expect(ZLogInRequestSchema.parse({ email: "A@example.com", password: "pw" })).toEqual({
      email: "a@example.com",
      password: "pw",
    });
    expect(ZLogInRequestSchema.parse({ email: "a@example.com", ticket: "1.x", code: " 123456 " })).toEqual({
      email: "a@example.com",
      ticket: "1.x",
      code: "123456",
    });
  });

  it("names every field's problem in Chinese, also when several fail at once", () => {
    const errors = errorsOf({ email: "not an address", password: "", ticket: ["a", "b"], code: ["1", "2"] });
    expect(Object.keys(errors).sort()).toEqual(["code", "email", "password", "ticket"]);
    expect(Object.values(errors).flat().join()).not.toMatch(/[A-Za-z]{4}/);
    expect(errorsOf({ email: "a@example.com", ticket: "1.x" })).toHaveProperty("code");
  });
});
