import { PEOPLE_LIST } from "@/lib/kinds/people/list-people";
import { redirectToAnchoredEntry } from "@/lib/content/list-anchor";

export const GET = redirectToAnchoredEntry(PEOPLE_LIST);
