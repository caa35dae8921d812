import { declareKind } from "./kind";

export const sources = declareKind({
  key: "sources",
  code: "SOURCE",
  model: "source",
  title: "title",
  apiResource: "sources",
  page: { type: "list-anchor", list: "/sources" },
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
});
