import { declareKind } from "../kind";
import { zh } from "./zh";

export const funding = declareKind({
  key: "funding",
  code: "ROUND",
  model: "fundingRound",
  title: "name",
  apiResource: "funding-rounds",
  page: { type: "own", list: "/funding" },
  // EVENT: /funding shows the total raised as the sources state it (an event).
  shows: ["ROUND", "ORGANIZATION", "PERSON", "SOURCE", "EVENT"],
  refersTo: ["ORGANIZATION", "PERSON"],
  feedScope: "funding",
  dated: "always",
  qualifiedDate: true,
  order: [{ date: "desc" }, { name: "asc" }, { slug: "asc" }],
  search: ["name", "summary"],
  words: { zh },
});
