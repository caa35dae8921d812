import type { ReactNode } from "react";

// Classes in app/globals.css: a badge is repeated on every entry of a list.
const TONES = {
  neutral: "badge",
  brand: "badge badge-brand",
  green: "badge badge-green",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return <span className={TONES[tone]}>{children}</span>;
}
