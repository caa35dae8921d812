import "server-only";
import { answering, errorResponse, openDataResponse } from "@/lib/api/http";
import { CSV_DOWNLOADS, findCsvDownload } from "@/lib/csv/downloads";
import { siteOrigin } from "@/lib/site-origin";

/** The response for /downloads/{file}: the CSV as an attachment, or a 404 naming the files there are. */
export function csvDownloadResponse(request: Request, file: string): Promise<Response> {
  return answering(async () => {
    const download = findCsvDownload(file);
    if (!download) {
      const files = CSV_DOWNLOADS.map((d) => d.file).join(", ");
      return errorResponse(404, "not_found", `No download "${file}"; the downloads are: ${files}.`);
    }
    return openDataResponse(request, await download.build(siteOrigin(request)), "text/csv; charset=utf-8", {
      "Content-Disposition": `attachment; filename="${download.saveAs}"`,
    });
  });
}
