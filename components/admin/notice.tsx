import type { ReactNode } from "react";

/** A short confirmation after an action ("已保存。"), announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mb-4 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900"
    >
      {children}
    </p>
  );
}
