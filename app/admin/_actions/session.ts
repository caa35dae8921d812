"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { logOut } from "@/lib/auth/log-out";
import { clientIp } from "@/lib/auth/throttle";

export async function logOutAction(): Promise<void> {
  await logOut(clientIp(await headers()));
  redirect("/admin/login");
}
