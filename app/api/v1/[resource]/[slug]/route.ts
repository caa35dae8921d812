import { getEntry } from "@/lib/api/handlers";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ resource: string; slug: string }> },
) {
  const { resource, slug } = await params;
  return getEntry(request, resource, slug);
}

export const OPTIONS = preflightResponse;
