import { declareKind } from "../kind";

export const models = declareKind({
  key: "models",
  code: "MODEL",
  model: "aiModel",
  title: "name",
  apiResource: "models",
  page: { type: "own", list: "/models" },
  shows: ["MODEL", "ORGANIZATION", "SOURCE"],
  feedScope: "models",
  dated: "when-known",
  order: [{ date: { sort: "desc", nulls: "last" } }, { name: "asc" }, { slug: "asc" }],
  search: ["name", "family", "summary"],
});
