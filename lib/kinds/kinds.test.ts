import { describe, expect, expectTypeOf, it } from "vitest";
import { todays } from "@/tests/support/todays-kinds";
import { adminKinds } from "@/lib/admin/kinds";
import { API_RESOURCES } from "@/lib/api/resources";
import { entryPath, sourcePath } from "@/lib/content/paths";
import { createPrismaClient } from "@/lib/platform/db/client";
import { FEED_HOME_PATHS, FEED_SCOPE_KINDS } from "@/lib/feeds/feed-links";
import { targetsOf } from "@/lib/kinds/fields/reference-titles";
import { feedCacheKinds } from "@/lib/feeds/feed-changed-at";
import { Prisma } from "@/lib/generated/prisma/client";
import { SubjectType } from "@/lib/generated/prisma/enums";
import { KIND_SEARCHES } from "@/lib/kinds/registry";
import { t } from "@/lib/i18n";
import {
  CONTENT_KINDS,
  DATED_KINDS,
  KIND_FEED_SCOPES,
  KIND_KEYS,
  KINDS,
  findKindByKey,
  kindOfCode,
  shownKinds,
  type EntryKind,
} from "@/lib/kinds";

describe("the kinds of entry (lib/kinds)", () => {
  it("are the database's kinds of cited entry, and the sources", () => {
    expect([...CONTENT_KINDS].sort()).toEqual([...Object.values(SubjectType), "SOURCE"].sort());
    expectTypeOf<EntryKind>().toEqualTypeOf<SubjectType>();
  });

  it("name a table of the Prisma client each", () => {
    const prisma = createPrismaClient("file::memory:");
    for (const kind of KINDS) expect(prisma[kind.model], kind.key).toBeDefined();
  });

  it("each have one admin description, one API resource and names in Chinese", () => {
    expect(Object.keys(adminKinds)).toEqual(KIND_KEYS);
    expect(API_RESOURCES.map((resource) => resource.name).sort()).toEqual(
      KINDS.map((kind) => kind.apiResource).sort(),
    );
    for (const kind of KINDS) {
      expect(adminKinds[kind.key].model).toBe(kind.model);
      expect(t.admin.kinds[kind.key]).toBeTruthy();
      expect(t.enums.kind[kind.code]).toBeTruthy();
    }
  });

  it("name only columns their tables have", () => {
    const scalarFields = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    for (const kind of KINDS) {
      const table = scalarFields[`${kind.model[0].toUpperCase()}${kind.model.slice(1)}ScalarFieldEnum`];
      expect(table, kind.key).toBeDefined();
      // A dated kind's timeline items read these (lib/timeline/load-dated-items.ts).
      const dated = kind.dated ? ["date", "datePrecision", "summary"] : [];
      const named = [
        kind.title,
        ...kind.search,
        ...kind.order.flatMap((term) => Object.keys(term)),
        ...dated,
      ];
      for (const column of named)
        expect(Object.keys(table ?? {}), `${kind.key}: ${column}`).toContain(column);
    }
  });

  it("are each read in an order that ends on their unique slug, so pages never overlap", () => {
    for (const kind of KINDS) expect(Object.keys(kind.order.at(-1) ?? {}), kind.key).toEqual(["slug"]);
  });

  // A kind's API resource and its pages' queries read what `shows` names (lib/api/define-resource.ts
  // and the kinds' queries take it as their tags); its feeds are built apart and checked here.
  it("each show, under the cache tier's keys, every kind their feeds read", () => {
    for (const kind of KINDS) {
      const shows = shownKinds(kind);
      expect(shows[0], kind.key).toBe(kind.code);
      for (const shown of shows) expect(CONTENT_KINDS, kind.key).toContain(shown);
      const read = "feedScope" in kind ? feedCacheKinds(kind.feedScope) : [];
      for (const code of read) expect(shows, `${kind.key} reads ${code}`).toContain(code);
    }
  });

  // Sources' list and API name what cites each source: a kind missing here would leave them stale.
  it("show, on the sources' list, every kind that cites them", () => {
    expect([...shownKinds(kindOfCode("SOURCE"))].sort()).toEqual([...CONTENT_KINDS].sort());
  });

  // A kind's entry pages are keyed under the kinds that refer to them (shownKinds): a kind whose
  // form refers to another must say so in its declaration, or its saves would leave those stale.
  it("declare every kind their forms refer to, sources aside", () => {
    for (const kind of KINDS) {
      const declared = [...(("refersTo" in kind ? kind.refersTo : undefined) ?? [])].sort();
      const targets = targetsOf(adminKinds[kind.key])
        .map((key) => findKindByKey(key)!.code)
        .filter((code) => code !== "SOURCE");
      expect(declared, kind.key).toEqual([...new Set(targets)].sort());
    }
  });

  it("mirror, in their own feeds, their list or the page they name", () => {
    expect(FEED_HOME_PATHS).toMatchObject({
      site: "/",
      models: "/models",
      funding: "/funding",
      partnerships: "/partnerships",
      events: "/timeline?kind=EVENT",
    });
  });

  it("say which other kinds' pages a change of an entry touches, from what those pages show", () => {
    expect(todays(adminKinds.models.touches)).toEqual(["MODEL", "ORGANIZATION"]);
    expect(todays(adminKinds.people.touches)).toEqual(["PERSON", "ROUND", "ORGANIZATION"]);
    expect(todays(adminKinds.organizations.touches)).toEqual([
      "ORGANIZATION",
      "MODEL",
      "ROUND",
      "PARTNERSHIP",
    ]);
    // Every entry's page shows its citations.
    expect([...adminKinds.sources.touches].sort()).toEqual([...CONTENT_KINDS].sort());
  });

  it("are each searched", () => {
    expect(KIND_SEARCHES.map((search) => search.kind).sort()).toEqual([...CONTENT_KINDS].sort());
  });

  it("lead readers to each entry's page, its place on a list, or its section", () => {
    expect(entryPath("MODEL", "devstral")).toBe("/models/devstral");
    expect(entryPath("ROUND", "seed-2023")).toBe("/funding/seed-2023");
    expect(entryPath("PERSON", "arthur-mensch")).toBe("/people/at/arthur-mensch");
    expect(entryPath("EXPLAINER", "exit")).toBe("/#exit");
    expect(sourcePath("tc-1")).toBe("/sources/at/tc-1");
  });

  it("give the timeline and the feeds their kinds", () => {
    expect(todays(DATED_KINDS)).toEqual(["MODEL", "PRODUCT", "ROUND", "PARTNERSHIP", "EVENT"]);
    expect(todays(KIND_FEED_SCOPES)).toEqual(["models", "funding", "partnerships", "events"]);
    expect(FEED_SCOPE_KINDS).toMatchObject({
      site: DATED_KINDS,
      models: ["MODEL"],
      funding: ["ROUND"],
      partnerships: ["PARTNERSHIP"],
      events: ["EVENT"],
    });
  });
});
