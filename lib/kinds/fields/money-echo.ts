// What the admin's money field shows beside the input: the amount as readers will see it, then as
// English writes it, so that a missing zero or a misread unit shows before the save. Pure: the
// form renders it on the server (after a refused save, without JavaScript too) and as one types.
import { formatMoney, formatMoneyEnglish } from "@/lib/format/money";
import { parseMoney } from "@/lib/kinds/fields/parse-money";

export type MoneyEcho = { ok: true; text: string } | { ok: false; message: string };

/** "17 亿欧元 · €1.7 billion" for "1.7B" in euros; why not, for text that is no amount; null for none. */
export function moneyEcho(text: string, selected: string): MoneyEcho | null {
  if (text.trim() === "") return null;
  const parsed = parseMoney(text, selected);
  if (!parsed.ok) return parsed;
  const money = { minor: parsed.minor.toString(), currency: parsed.currency };
  return { ok: true, text: `${formatMoney(money)} · ${formatMoneyEnglish(money)}` };
}
