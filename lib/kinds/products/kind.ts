import { declareKind } from "../kind";
import { zh } from "./zh";

export const products = declareKind({
  key: "products",
  code: "PRODUCT",
  model: "product",
  title: "name",
  apiResource: "products",
  page: { type: "list-anchor", list: "/products" },
  shows: ["PRODUCT", "SOURCE"],
  dated: "when-known",
  // Editorial order, as the editors place them.
  order: [{ position: "asc" }, { name: "asc" }, { slug: "asc" }],
  search: ["name", "summary", "platforms"],
  words: { zh },
});
