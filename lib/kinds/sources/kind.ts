import { declareKind } from "../kind";
import { zh } from "./zh";

export const sources = declareKind({
  key: "sources",
  code: "SOURCE",
  model: "source",
  title: "title",
  apiResource: "sources",
  page: { type: "list-anchor", list: "/sources" },
  // Every source it lists is shown with what cites it, and any kind may cite.
  shows: "every kind",
  dated: false,
  // Newest first; undated ones last, by publisher and title, then by address (most have no title).
  order: [
    { publishedOn: { sort: "desc", nulls: "last" } },
    { publisher: "asc" },
    { title: "asc" },
    { url: "asc" },
    { slug: "asc" },
  ],
  search: ["title", "publisher"],
  words: { zh },
});
