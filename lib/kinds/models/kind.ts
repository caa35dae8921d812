import { declareKind } from "../kind";
import { zh } from "./zh";

export const models = declareKind({
  key: "models",
  code: "MODEL",
  model: "aiModel",
  title: "name",
  apiResource: "models",
  page: { type: "own", list: "/models" },
  shows: ["MODEL", "ORGANIZATION", "SOURCE"],
  refersTo: ["MODEL", "ORGANIZATION"],
  feedScope: "models",
  dated: "when-known",
  order: [{ date: { sort: "desc", nulls: "last" } }, { name: "asc" }, { slug: "asc" }],
  // The summary before the family, which most often starts the name: it says more in a snippet.
  search: ["name", "summary", "family"],
  words: { zh },
});
