// The action builder as the public actions use it (sign-in, sign-out, setup, a reader's report):
// what comes back to the form, the order of its checks, and Next.js's redirects going through.
import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { t } from "@/lib/i18n";

// Public actions never read the session; the module is mocked so that no client is made.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(), hasRole: vi.fn() }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

const ZCredentials = z.object({ email: z.email("bad email"), password: z.string().min(1, "no password") });

describe("definePublicAction", () => {
  it("gives back only the fields it may echo, and never a password", async () => {
    const action = definePublicAction({ schema: ZCredentials, echo: ["email", "password"] }, async () => ({
      ok: false,
      code: "UNAUTHENTICATED",
      message: "wrong",
    }));
    const fields = { email: "a@example.com", password: "secret-secret", $ACTION_ID_x: "", other: "x" };
    expect(await action(null, form(fields))).toEqual({
      ok: false,
      code: "UNAUTHENTICATED",
      message: "wrong",
      values: { email: "a@example.com" },
    });
    expect(await action(null, form({ ...fields, email: "nope" }))).toMatchObject({
      code: "INVALID",
      fieldErrors: { email: ["bad email"] },
      values: { email: "nope" },
    });
  });

  it("refuses while closed, before reading the input", async () => {
    const handler = vi.fn();
    const action = definePublicAction(
      { schema: ZCredentials, echo: ["email"], closed: async () => "closed now" },
      handler,
    );
    expect(await action(null, form({ email: "not an email" }))).toEqual({
      ok: false,
      code: "REFUSED",
      message: "closed now",
      values: { email: "not an email" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets the handler's redirect through", async () => {
    const action = definePublicAction({ schema: z.object({}) }, async () => redirect("/admin"));
    await expect(action(null, form({}))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });

  it("says an unreachable database in the action's own words, keeping what was typed", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const action = definePublicAction(
      { schema: ZCredentials, echo: ["email"], unavailableMessage: t.accounts.login.databaseUnavailable },
      async () => {
        throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      },
    );
    expect(await action(null, form({ email: "a@example.com", password: "pw" }))).toEqual({
      ok: false,
      code: "UNAVAILABLE",
      message: t.accounts.login.databaseUnavailable,
      values: { email: "a@example.com" },
    });
  });
});
