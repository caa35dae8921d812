import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZPageNumberSchema } from "@/lib/content/paginate";
import { isCanonicalView, viewParams, type ListPath } from "@/lib/views/list-views";

/** What a list page's route (`<list>/-/[view]/page.tsx`) is given. */
export interface ViewPageProps {
  params: Promise<{ view: string }>;
}

/**
 * The selection a list page renders: its view's parameters. A view that no URL of the list is
 * rewritten to is not found (lib/views/list-views.ts, isCanonicalView).
 */
export async function selectedParams(
  list: ListPath,
  { params }: ViewPageProps,
): Promise<Record<string, string>> {
  const { view } = await params;
  if (!isCanonicalView(list, view)) notFound();
  return viewParams(view);
}

/** The page of a paged list that its view asks for (the first when it asks for none, or nonsense). */
export async function selectedPage(list: ListPath, props: ViewPageProps): Promise<number> {
  return ZPageNumberSchema.parse((await selectedParams(list, props)).page);
}

/**
 * A list page's generateMetadata: its metadata, once its view is known to exist, so that an
 * unknown view answers the not-found page under that page's own title.
 */
export function viewMetadata(
  list: ListPath,
  metadata: Metadata,
): (props: ViewPageProps) => Promise<Metadata> {
  return async (props) => {
    await selectedParams(list, props);
    return metadata;
  };
}
