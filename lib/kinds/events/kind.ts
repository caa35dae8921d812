import { declareKind } from "../kind";
import { zh } from "./zh";

export const events = declareKind({
  key: "events",
  code: "EVENT",
  model: "event",
  title: "title",
  apiResource: "events",
  page: { type: "own", list: "/events" },
  shows: ["EVENT", "SOURCE"],
  feedScope: "events",
  // Events have pages of their own but no list: the timeline of events is theirs.
  feedHome: "/timeline?kind=EVENT",
  dated: "when-known",
  order: [{ date: { sort: "desc", nulls: "last" } }, { title: "asc" }, { slug: "asc" }],
  search: ["title", "summary"],
  words: { zh },
});
