import { declareKind } from "./kind";

export const sources = declareKind({
  key: "sources",
  code: "SOURCE",
  model: "source",
  apiResource: "sources",
  page: { type: "list-anchor", list: "/sources" },
  dated: false,
});
