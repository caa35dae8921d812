import { listEntries } from "@/lib/api/handlers";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  return listEntries(request, (await params).resource);
}

export const OPTIONS = preflightResponse;
