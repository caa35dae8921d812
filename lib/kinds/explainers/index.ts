// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/explainers/admin";
export { resource } from "@/lib/kinds/explainers/api";
export { csv } from "@/lib/kinds/explainers/csv";
export { search } from "@/lib/kinds/explainers/search";
