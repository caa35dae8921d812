import { preflightResponse } from "@/lib/api/http";
import { csvDownloadResponse } from "@/lib/csv/download-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return csvDownloadResponse(request, (await params).file);
}

export const OPTIONS = preflightResponse;
