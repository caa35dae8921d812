import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-stone-100 text-stone-800",
  brand: "bg-brand-soft text-brand-strong",
  green: "bg-emerald-50 text-emerald-800",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>
  );
}
