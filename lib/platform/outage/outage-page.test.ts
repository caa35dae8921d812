import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { outagePageHtml } from "@/lib/platform/outage/outage-page";

describe("the outage page", () => {
  const html = outagePageHtml();

  it("says what happened in a document of its own, readable without scripts or stylesheets", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain(`<title>${t.unavailable.title} · ${t.site.name}</title>`);
    expect(html).toContain(`<h1>${t.unavailable.title}</h1>`);
    expect(html).toContain(`<p>${t.unavailable.body}</p>`);
    expect(html).not.toMatch(/<script|<link/);
  });

  it("offers to load the same address again or go home, and keeps search engines away", () => {
    expect(html).toContain(`<a href="">${t.unavailable.retry}</a>`);
    expect(html).toContain(`<a href="/">${t.unavailable.home}</a>`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
