import { declareKind } from "../kind";
import { zh } from "./zh";

export const partnerships = declareKind({
  key: "partnerships",
  code: "PARTNERSHIP",
  model: "partnership",
  title: "title",
  apiResource: "partnerships",
  page: { type: "own", list: "/partnerships" },
  shows: ["PARTNERSHIP", "ORGANIZATION", "SOURCE"],
  refersTo: ["ORGANIZATION"],
  feedScope: "partnerships",
  dated: "when-known",
  order: [{ date: { sort: "desc", nulls: "last" } }, { title: "asc" }, { slug: "asc" }],
  search: ["title", "summary"],
  words: { zh },
});
