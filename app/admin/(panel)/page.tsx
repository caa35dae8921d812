import type { Metadata } from "next";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.admin.dashboard };

export default function AdminDashboardPage() {
  return <h1 className="text-2xl font-bold">{t.admin.dashboard}</h1>;
}
