import { declareKind } from "../kind";
import { zh } from "./zh";

export const explainers = declareKind({
  key: "explainers",
  code: "EXPLAINER",
  model: "explainerSection",
  title: "heading",
  apiResource: "explainers",
  page: { type: "home-section" },
  shows: ["EXPLAINER", "SOURCE"],
  dated: false,
  order: [{ position: "asc" }, { slug: "asc" }],
  search: ["heading", "body"],
  words: { zh },
});
