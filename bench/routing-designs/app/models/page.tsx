import { Suspense } from "react";
import { ItemList, listItems } from "../items";

type SearchParams = Promise<{ category?: string }>;

async function FilteredItems({ searchParams }: { searchParams: SearchParams }) {
  const { category = "ALL" } = await searchParams;
  return <ItemList items={await listItems(category)} />;
}

export default function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>模型</h1>
      <Suspense fallback={<p>加载中</p>}>
        <FilteredItems searchParams={searchParams} />
      </Suspense>
    </>
  );
}
