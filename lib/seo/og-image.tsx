import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { formatPartialDate, type PartialDate } from "@/lib/format/date";
import { t } from "@/lib/i18n";
import { MAIN_PAGES, type MainPageKey } from "@/lib/seo/main-pages";

/** What a page's shared image shows: its title, what kind of page it is, and one short line. */
export interface OgCard {
  title: string;
  label: string;
  line: string;
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
export const OG_IMAGE_TYPE = "image/png";

export function ogImageAlt(label: string): string {
  return `${label} · ${t.site.name}`;
}

export function mainPageCard(key: MainPageKey): OgCard {
  const page = MAIN_PAGES[key];
  return { title: page.headline, label: page.label, line: t.site.tagline };
}

/** An entry's short line: its date as precise as known, then a few facts, skipping blanks. */
export function cardLine(date: PartialDate | null, ...facts: (string | null | undefined)[]): string {
  return [date ? formatPartialDate(date) : null, ...facts].filter(Boolean).join(" · ");
}

// Noto Sans SC (SIL OFL) covers all of GB 2312 and more (lib/seo/og-font.test.ts). Satori reads
// TTF and OTF, not WOFF2 nor TTC collections.
const FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc";
const FONT_FILES = [
  { weight: 400, file: "400Regular/NotoSansSC_400Regular.ttf" },
  { weight: 700, file: "700Bold/NotoSansSC_700Bold.ttf" },
] as const;
const FONT_NAME = "Noto Sans SC";

type Fonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"];

/**
 * The font files in the project's node_modules. Resolved from the working directory (the
 * project's root under `next start`, `next dev` and Vitest): the bundler would rewrite
 * `require.resolve` into a module id.
 */
export function fontFilePaths(): string[] {
  return FONT_FILES.map(({ file }) => join(process.cwd(), "node_modules", FONT_PACKAGE, file));
}

// Read once per process; Satori keeps the fonts it parsed per array, so every image gets this one.
let fonts: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all(
    fontFilePaths().map(async (path, i) => ({
      name: FONT_NAME,
      // Not traced by the bundler: the server runs from the project, node_modules included.
      data: await readFile(/* turbopackIgnore: true */ path),
      weight: FONT_FILES[i].weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

const COLORS = {
  brand: "#c2410c",
  brandStrong: "#9a3412",
  paper: "#fff7ed",
  ink: "#1c1917",
  muted: "#57534e",
};

/** A page's shared image, a 1200×630 PNG; 404 when the entry is not (or no longer) published. */
export async function renderOgImage(card: OgCard | null): Promise<Response> {
  if (!card) return new Response(null, { status: 404 });
  const { title, label, line } = card;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px 64px",
        background: COLORS.paper,
        borderTop: `16px solid ${COLORS.brand}`,
        fontFamily: FONT_NAME,
        color: COLORS.ink,
      }}
    >
      <div
        style={{
          display: "flex",
          alignItems: "center",
          fontSize: 30,
          fontWeight: 700,
          color: COLORS.brandStrong,
        }}
      >
        <div style={{ width: 22, height: 22, borderRadius: 4, background: COLORS.brand, marginRight: 14 }} />
        {t.site.name}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div
          style={{
            display: "flex",
            alignSelf: "flex-start",
            fontSize: 28,
            padding: "6px 18px",
            borderRadius: 999,
            background: COLORS.brand,
            color: "#ffffff",
            marginBottom: 24,
          }}
        >
          {label}
        </div>
        <div
          style={{
            display: "block",
            fontSize: Array.from(title).length > 24 ? 60 : 76,
            fontWeight: 700,
            lineHeight: 1.25,
            lineClamp: 3,
          }}
        >
          {title}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 30, color: COLORS.muted, minHeight: 40 }}>{line}</div>
    </div>,
    {
      ...OG_IMAGE_SIZE,
      fonts: await loadFonts(),
      // The URL stays the same when an entry is edited: the default (immutable for a year) would
      // keep showing the old title.
      headers: { "Cache-Control": "public, max-age=0, must-revalidate" },
    },
  );
}
