"use server";

import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/actions/define-action";
import { logIn } from "@/lib/auth/log-in";
import { t } from "@/lib/i18n";
import { ZCreateFirstOwnerRequestSchema } from "@/lib/users/create-first-owner";
import { siteAccounts } from "@/lib/users/site-accounts";
import { hasAnyUser } from "@/lib/users/has-any-user";

/**
 * Makes the first owner of a fresh site, then signs them in. Necessarily without a session: it
 * refuses as soon as any user exists, first before reading the input, then again inside the
 * transaction that creates the owner. Every step reads or writes the database: when it is busy
 * (SQLITE_BUSY while another process's setup holds it) or out of reach, the form says so and
 * keeps what was typed.
 */
export const setUpFirstOwnerAction = definePublicAction(
  {
    schema: ZCreateFirstOwnerRequestSchema,
    echo: ["name", "email"],
    closed: async () => ((await hasAnyUser()) ? t.accounts.setup.closed : null),
  },
  async (input) => {
    const result = await siteAccounts.createFirstOwner(input);
    if (!result.ok) return result;
    const outcome = await logIn({ email: input.email, password: input.password });
    redirect(outcome.kind === "signed-in" ? "/admin" : "/admin/login");
  },
);
