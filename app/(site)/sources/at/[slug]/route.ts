import { SOURCES_LIST } from "@/lib/sources/list-sources";
import { redirectToAnchoredEntry } from "@/lib/content/list-anchor";

export const GET = redirectToAnchoredEntry(SOURCES_LIST);
