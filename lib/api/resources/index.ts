import "server-only";
import type { ApiResource } from "@/lib/api/define-resource";
import { API_RESOURCES } from "@/lib/kinds/registry";

export { API_RESOURCES };

const byName = new Map<string, ApiResource>(API_RESOURCES.map((resource) => [resource.name, resource]));

export function findResource(name: string): ApiResource | undefined {
  return byName.get(name);
}
