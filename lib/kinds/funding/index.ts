// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/funding/admin";
export { resource } from "@/lib/kinds/funding/api";
export { csv } from "@/lib/kinds/funding/csv";
export { search } from "@/lib/kinds/funding/search";
