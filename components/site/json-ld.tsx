import { serializeJsonLd, type JsonLd as JsonLdData } from "@/lib/seo/json-ld";

/** Structured data about the page for search engines (schema.org, JSON-LD). */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
