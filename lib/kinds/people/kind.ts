import { declareKind } from "../kind";
import { zh } from "./zh";

export const people = declareKind({
  key: "people",
  code: "PERSON",
  model: "person",
  title: "name",
  apiResource: "people",
  page: { type: "list-anchor", list: "/people" },
  shows: ["PERSON", "SOURCE"],
  dated: false,
  // Editorial order: founders first, as the editors place them.
  order: [{ position: "asc" }, { name: "asc" }, { slug: "asc" }],
  search: ["name", "role", "background"],
  words: { zh },
});
