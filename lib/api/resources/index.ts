import "server-only";
import type { ApiResource } from "@/lib/api/define-resource";
import { eventsResource } from "@/lib/kinds/events/api";
import { explainersResource } from "@/lib/kinds/explainers/api";
import { fundingRoundsResource } from "@/lib/kinds/funding/api";
import { modelsResource } from "@/lib/kinds/models/api";
import { organizationsResource } from "@/lib/kinds/organizations/api";
import { partnershipsResource } from "@/lib/kinds/partnerships/api";
import { peopleResource } from "@/lib/kinds/people/api";
import { productsResource } from "@/lib/kinds/products/api";
import { sourcesResource } from "@/lib/kinds/sources/api";

/** Every resource of the API, in the order the documentation lists them. A new kind is one file and a line here. */
export const API_RESOURCES: readonly ApiResource[] = [
  organizationsResource,
  peopleResource,
  modelsResource,
  productsResource,
  fundingRoundsResource,
  partnershipsResource,
  eventsResource,
  sourcesResource,
  explainersResource,
];

const byName = new Map<string, ApiResource>(API_RESOURCES.map((resource) => [resource.name, resource]));

export function findResource(name: string): ApiResource | undefined {
  return byName.get(name);
}
