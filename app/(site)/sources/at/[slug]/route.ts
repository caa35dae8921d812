import { SOURCES_LIST } from "@/lib/kinds/sources/list-sources";
import { redirectToAnchoredEntry } from "@/lib/content/list-anchor";

export const GET = redirectToAnchoredEntry(SOURCES_LIST);
