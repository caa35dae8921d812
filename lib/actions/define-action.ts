import "server-only";
import { z } from "zod";
import { actionFailure } from "@/lib/actions/action-failure";
import {
  type ActionResult,
  formDataToValues,
  type FormValues,
  invalidInput,
} from "@/lib/actions/action-result";
import { getCurrentUser, hasRole, type SessionUser } from "@/lib/auth/current-user";
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
  options: { role: Role; schema: Schema },
  handler: (input: z.output<Schema>, context: ActionContext) => Promise<ActionResult<T>>,
) {
  return composeAction<Schema, T, SessionUser>(
    async (values) => {
      const user = await getCurrentUser();
      if (!user) return { ok: false, code: "UNAUTHENTICATED", message: t.actions.unauthenticated, values };
      if (!hasRole(user, options.role)) {
        return { ok: false, code: "FORBIDDEN", message: t.actions.forbidden, values };
      }
      return { ok: true, data: user };
    },
    options.schema,
    handler,
  );
}

/**
 * The same for an action anyone may call without signing in (a reader's report): no session
 * check, everything else alike. Its handler must bound what it stores (a rate limit).
 */
export function definePublicAction<Schema extends z.ZodType, T>(
  options: { schema: Schema },
  handler: (input: z.output<Schema>, context: { values: FormValues }) => Promise<ActionResult<T>>,
) {
  return composeAction<Schema, T, null>(
    async () => ({ ok: true, data: null }),
    options.schema,
    (input, { values }) => handler(input, { values }),
  );
}

function composeAction<Schema extends z.ZodType, T, User>(
  authorize: (values: FormValues) => Promise<ActionResult<User>>,
  schema: Schema,
  handler: (input: z.output<Schema>, context: { user: User; values: FormValues }) => Promise<ActionResult<T>>,
) {
  return async function action(
    _previous: ActionResult<T> | null,
    formData: FormData,
  ): Promise<ActionResult<T>> {
    const submitted = formData instanceof FormData ? formDataToValues(formData) : {};
    const values = withoutSecrets(submitted);
    // Everything from the session check on reads the database, so everything is inside the try.
    try {
      const authorized = await authorize(values);
      if (!authorized.ok) return authorized;
      const parsed = schema.safeParse(submitted);
      if (!parsed.success) {
        return invalidInput(parsed.error, values);
      }
      const result = await handler(parsed.data, { user: authorized.data, values });
      return result.ok ? result : { values, ...result };
    } catch (error) {
      return actionFailure(error, values);
    }
  };
}

/** What may go back to the form: never a password, which the browser still holds anyway. */
function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
