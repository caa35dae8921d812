// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/models/admin";
export { resource } from "@/lib/kinds/models/api";
export { csv } from "@/lib/kinds/models/csv";
export { search } from "@/lib/kinds/models/search";
