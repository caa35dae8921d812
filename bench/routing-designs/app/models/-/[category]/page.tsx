import { ItemList, listItems } from "../../../items";

// Any category is rendered on its first request, then served from the cache.
export async function generateStaticParams() {
  return [{ category: "ALL" }];
}

export default async function ModelsViewPage({ params }: { params: Promise<{ category: string }> }) {
  const { category } = await params;
  return (
    <>
      <h1>模型</h1>
      <ItemList items={await listItems(category)} />
    </>
  );
}
