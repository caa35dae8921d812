"use client";

import { useActionState } from "react";
import { type FormAction, FormMessage, SubmitButton } from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

const tf = t.accounts.twoFactor;

/** The owners' switch: require two-factor sign-in of every user, or stop requiring it. */
export function TwoFactorPolicyForm<T>({ action, required }: { action: FormAction<T>; required: boolean }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <section aria-labelledby="two-factor-policy-title" className="flex flex-col gap-2">
      <h2 id="two-factor-policy-title" className="text-lg font-bold">
        {tf.policyTitle}
      </h2>
      <p className="text-sm">{required ? tf.policyOn : tf.policyOff}</p>
      <form action={formAction} aria-labelledby="two-factor-policy-title">
        <input type="hidden" name="required" value={required ? "false" : "true"} />
        <SubmitButton tone="plain">{required ? tf.stopRequiring : tf.requireIt}</SubmitButton>
      </form>
      <FormMessage state={state} />
    </section>
  );
}
