import { ItemList, listItems } from "../items";

// Rendered whole on each request, with nothing prerendered and nothing streamed in later.
export const instant = false;

export default async function BlockingModelsPage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  const { category = "ALL" } = await searchParams;
  return (
    <>
      <h1>模型</h1>
      <ItemList items={await listItems(category)} />
    </>
  );
}
