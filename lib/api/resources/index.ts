import "server-only";
import type { ApiResource } from "@/lib/api/define-resource";
import { eventsResource } from "@/lib/api/resources/events";
import { explainersResource } from "@/lib/api/resources/explainers";
import { fundingRoundsResource } from "@/lib/api/resources/funding-rounds";
import { modelsResource } from "@/lib/api/resources/models";
import { organizationsResource } from "@/lib/api/resources/organizations";
import { partnershipsResource } from "@/lib/api/resources/partnerships";
import { peopleResource } from "@/lib/api/resources/people";
import { productsResource } from "@/lib/api/resources/products";
import { sourcesResource } from "@/lib/api/resources/sources";

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
