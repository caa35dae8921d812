import { declareKind } from "./kind";

export const people = declareKind({
  key: "people",
  code: "PERSON",
  model: "person",
  apiResource: "people",
  page: { type: "list-anchor", list: "/people" },
  dated: false,
});
