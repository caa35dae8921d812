import "server-only";
import { z } from "zod";
import { actionFailure } from "@/lib/actions/action-failure";
import {
  type ActionResult,
  formDataToValues,
  type FormValues,
  invalidInput,
} from "@/lib/actions/action-result";
import { getCurrentUser, hasRole, mustSetUpTwoFactor, type SessionUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";

export interface ActionContext {
  user: SessionUser;
  /** The submitted values less any password, to return to the form on a later failure. */
  values: FormValues;
}

/**
 * Composes a server action so that no step can be forgotten: the session and role check, then
 * zod validation of the submitted form, then the handler. A server action is a public POST
 * endpoint, so this runs on every call, whatever page the form was on. Errors never reach the
 * client raw (lib/actions/action-failure.ts; an unreachable database gets its own message); the
 * submitted values come back on every failure so the form keeps them.
 *
 * Usage (in a "use server" file): `export const saveX = defineAction({ role: "EDITOR", schema }, handler)`
 * and in a client form: `useActionState(saveX, null)`.
 */
export function defineAction<Schema extends z.ZodType, T>(
  options: {
    role: Role;
    schema: Schema;
    /** The action that sets up two-factor sign-in: open to users the policy sends there. */
    twoFactorSetup?: boolean;
    /**
     * Checks the database makes (a slug already taken), run beside the schema's when the input is
     * invalid too, so the form shows every problem at once rather than one save at a time.
     */
    checkAlso?: (submitted: FormValues) => Promise<Record<string, string[]>>;
  },
  handler: (input: z.output<Schema>, context: ActionContext) => Promise<ActionResult<T>>,
) {
  return composeAction<Schema, T, SessionUser>(
    {
      schema: options.schema,
      checkAlso: options.checkAlso,
      authorize: async (values) => {
        const user = await getCurrentUser();
        if (!user) return { ok: false, code: "UNAUTHENTICATED", message: t.actions.unauthenticated, values };
        // As on the admin's pages (requireUser): with 2FA required, a user without it sets it up first.
        if (await mustSetUpTwoFactor(user, options.twoFactorSetup ?? false)) {
          return { ok: false, code: "FORBIDDEN", message: t.accounts.twoFactor.required, values };
        }
        if (!hasRole(user, options.role)) {
          return { ok: false, code: "FORBIDDEN", message: t.actions.forbidden, values };
        }
        return { ok: true, data: user };
      },
    },
    handler,
  );
}

export interface PublicActionOptions<Schema extends z.ZodType> {
  schema: Schema;
  /** The only fields that go back to the form on a failure; by default all but passwords. */
  echo?: readonly string[];
  /** Why the action is closed right now (its refusal), or null; asked before the input is read. */
  closed?: () => Promise<string | null>;
  /** What an unreachable database is answered with, when this action says it its own way. */
  unavailableMessage?: string;
}

/**
 * The same for an action anyone may call without signing in (sign-in, sign-out, the first
 * owner's setup, a reader's report): no session check, everything else alike. Its handler must
 * bound what it stores (a rate limit, a throttle, a single use).
 */
export function definePublicAction<Schema extends z.ZodType, T>(
  { closed, ...options }: PublicActionOptions<Schema>,
  handler: (input: z.output<Schema>, context: { values: FormValues }) => Promise<ActionResult<T>>,
) {
  return composeAction<Schema, T, null>(
    {
      ...options,
      authorize: async (values) => {
        const refusal = await closed?.();
        return refusal ? { ok: false, code: "REFUSED", message: refusal, values } : { ok: true, data: null };
      },
    },
    (input, { values }) => handler(input, { values }),
  );
}

function composeAction<Schema extends z.ZodType, T, User>(
  {
    authorize,
    schema,
    echo,
    unavailableMessage,
    checkAlso,
  }: Omit<PublicActionOptions<Schema>, "closed"> & {
    authorize: (values: FormValues) => Promise<ActionResult<User>>;
    checkAlso?: (submitted: FormValues) => Promise<Record<string, string[]>>;
  },
  handler: (input: z.output<Schema>, context: { user: User; values: FormValues }) => Promise<ActionResult<T>>,
) {
  return async function action(
    _previous: ActionResult<T> | null,
    formData: FormData,
  ): Promise<ActionResult<T>> {
    const submitted = formData instanceof FormData ? formDataToValues(formData) : {};
    const values = withoutSecrets(echo ? pick(submitted, echo) : submitted);
    // Everything from the session check on reads the database, so everything is inside the try.
    // Next.js's redirect() throws too: actionFailure lets it through.
    try {
      const authorized = await authorize(values);
      if (!authorized.ok) return authorized;
      const parsed = schema.safeParse(submitted);
      if (!parsed.success) {
        return invalidInput(parsed.error, values, await checkAlso?.(submitted));
      }
      const result = await handler(parsed.data, { user: authorized.data, values });
      return result.ok ? result : { values, ...result };
    } catch (error) {
      return actionFailure(error, values, unavailableMessage);
    }
  };
}

function pick(values: FormValues, names: readonly string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => names.includes(key)));
}

/** What may go back to the form: never a password or a sign-in code, which the browser still holds anyway. */
function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|^code$/i.test(key)));
}
