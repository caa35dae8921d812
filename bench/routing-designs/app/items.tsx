import { cacheLife, cacheTag } from "next/cache";

/** Stands for a cached database query: the same rows for every design. */
export async function listItems(category: string) {
  "use cache";
  cacheTag("items");
  cacheLife("max");
  return Array.from({ length: 90 }, (_, i) => ({
    slug: `model-${category.toLowerCase()}-${i}`,
    name: `模型 ${category} ${i}`,
    summary: "这是一段关于模型的说明文字，用来让页面的大小接近站点的列表页。".repeat(2),
    date: `2024 年 ${(i % 12) + 1} 月`,
  }));
}

export function ItemList({ items }: { items: Awaited<ReturnType<typeof listItems>> }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.slug}>
          <h2>
            <a href={`/models/${item.slug}`}>{item.name}</a>
          </h2>
          <p>{item.date}</p>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}
