import { describe, expect, it } from "vitest";
import { companyJsonLd, datasetJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

const ORIGIN = "https://tracker.example";

describe("JSON-LD", () => {
  it("cannot close its <script> element early, and still parses to the same data", () => {
    const data = {
      "@context": "https://schema.org" as const,
      "@type": "Thing",
      name: "</script><script>alert(1)",
    };
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("describes the company with its founding date as precise as known, its city and official site", () => {
    const company = companyJsonLd(
      {
        slug: "mistral-ai",
        name: "Mistral AI",
        nameZh: null,
        description: "总部位于**巴黎**。",
        founded: { iso: "2023-01-01T00:00:00.000Z", precision: "YEAR" },
        headquarters: "巴黎",
        country: "FR",
        website: "https://mistral.ai",
      },
      [{ name: "Arthur Mensch", role: "首席执行官" }],
      ORIGIN,
    );
    expect(company).toMatchObject({
      "@type": "Organization",
      url: `${ORIGIN}/organizations/mistral-ai`,
      description: "总部位于巴黎。",
      foundingDate: "2023",
      founders: [{ "@type": "Person", name: "Arthur Mensch" }],
      address: { "@type": "PostalAddress", addressLocality: "巴黎", addressCountry: "FR" },
      sameAs: ["https://mistral.ai"],
    });
    expect(company).not.toHaveProperty("alternateName");
  });

  it("lists a data page's downloads with absolute URLs, and none where there are none", () => {
    const models = datasetJsonLd("models", ORIGIN);
    expect(models.distribution).toEqual(
      expect.arrayContaining([
        { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: `${ORIGIN}/downloads/models.csv` },
      ]),
    );
    expect(datasetJsonLd("partnerships", ORIGIN)).not.toHaveProperty("distribution");
  });
});
