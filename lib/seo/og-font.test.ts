// The font of the shared images must draw every Chinese character we show: Satori would
// otherwise try to fetch a fallback font from the network at render time, which we never reach.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { fontFilePaths } from "@/lib/seo/og-image";
import { events } from "@/prisma/seed/events";
import { models } from "@/prisma/seed/models";
import { organizations } from "@/prisma/seed/organizations";
import { partnerships } from "@/prisma/seed/partnerships";
import { rounds } from "@/prisma/seed/rounds";

/** Code points a TrueType font maps to a glyph, from its cmap's format-12 (full Unicode) subtable. */
function mappedCodePoints(font: Buffer): Set<number> {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (font.toString("latin1", record, record + 4) === "cmap") cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error("no cmap table");
  const codePoints = new Set<number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const subtable = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    if (font.readUInt16BE(subtable) !== 12) continue;
    for (let g = 0; g < font.readUInt32BE(subtable + 12); g++) {
      const group = subtable + 16 + g * 12;
      const [start, end, firstGlyph] = [0, 4, 8].map((o) => font.readUInt32BE(group + o));
      for (let cp = start; cp <= end; cp++) if (firstGlyph + (cp - start) !== 0) codePoints.add(cp);
    }
  }
  return codePoints;
}

/** Characters of GB 2312 rows (EUC-CN lead bytes) as GBK decodes them, empty cells left out. */
function gb2312Rows(firstRow: number, lastRow: number): string[] {
  const decoder = new TextDecoder("gbk");
  const characters: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = decoder.decode(new Uint8Array([row, cell]));
      const cp = character.codePointAt(0) ?? 0;
      // Empty positions decode to U+FFFD or to private-use code points.
      if (cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) characters.push(character);
    }
  }
  return characters;
}

const seededTitles = [
  ...models.map((m) => m.name),
  ...rounds.map((r) => r.name),
  ...partnerships.map((p) => p.title),
  ...events.map((e) => e.title),
  ...organizations.map((o) => o.nameZh ?? o.name),
  t.site.name,
  ...Object.values(t.enums.kind),
];

describe.each(fontFilePaths())("the shared images' font %s", (path) => {
  const covered = mappedCodePoints(readFileSync(path));

  it("draws every character of the seeded titles and kind labels", () => {
    const characters = new Set([...seededTitles.join("")].filter((c) => c.trim() !== ""));
    const missing = [...characters].filter((c) => !covered.has(c.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
    expect([...characters].some((c) => /\p{Script=Han}/u.test(c))).toBe(true);
  });

  it("covers all of GB 2312", () => {
    const hanzi = gb2312Rows(0xb0, 0xf7);
    expect(hanzi.length).toBe(6763);
    // GBK fills a few cells that GB 2312 leaves empty among the symbols: a superset.
    const symbols = gb2312Rows(0xa1, 0xa9);
    expect(symbols.length).toBeGreaterThanOrEqual(682);
    expect([...hanzi, ...symbols].filter((c) => !covered.has(c.codePointAt(0) ?? 0))).toEqual([]);
  });
});
