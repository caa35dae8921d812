// Citation.js ships no types: what lib/citation uses of it.
declare module "@citation-js/core" {
  /** A CSL-JSON date: [year, month, day] parts. */
  export interface CslDate {
    "date-parts": [number, number?, number?][];
  }

  /** The CSL-JSON fields lib/citation gives and reads back. */
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: { literal?: string; family?: string; given?: string }[];
    URL?: string;
    language?: string;
    issued?: CslDate;
    accessed?: CslDate;
    "citation-key"?: string;
    [field: string]: unknown;
  }

  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(
      format: "bibliography",
      options: { format: "text" | "html"; template: string; lang?: string },
    ): string;
    format(format: "bibtex" | "biblatex", options?: { format: "text" }): string;
  }

  /** A plugin's settings: @csl's registers of styles and locales, @bibtex's options. */
  export const plugins: {
    config: {
      get(plugin: "@csl"): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
      };
      get(plugin: "@bibtex"): {
        format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
      };
    };
  };
}

declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
