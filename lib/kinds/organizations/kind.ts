import { declareKind } from "../kind";
import { zh } from "./zh";

export const organizations = declareKind({
  key: "organizations",
  code: "ORGANIZATION",
  model: "organization",
  title: "name",
  apiResource: "organizations",
  page: { type: "own", list: "/organizations" },
  shows: ["ORGANIZATION", "PERSON", "ROUND", "PARTNERSHIP", "MODEL", "SOURCE"],
  dated: false,
  order: [{ name: "asc" }, { slug: "asc" }],
  search: ["name", "nameZh", "description"],
  words: { zh },
});
