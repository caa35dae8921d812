import { formatMoney, formatMoneyExact, type Money } from "@/lib/format/money";
import { t } from "@/lib/i18n";

/** An amount in Chinese units; the exact figure is in its title and value. */
export function MoneyText({ money }: { money: Money | null }) {
  if (!money) return <span className="text-muted">{t.common.none}</span>;
  return (
    <data value={`${money.minor} ${money.currency}`} title={formatMoneyExact(money)}>
      {formatMoney(money)}
    </data>
  );
}
