import { escapeHtml } from "@/lib/format/escape-html";
import { dropNonXmlCharacters } from "@/lib/format/xml-text";

/** A feed to subscribe to; URLs absolute, as feed readers import them from a file. */
export interface OpmlFeed {
  text: string;
  xmlUrl: string;
  /** The page the feed follows. */
  htmlUrl: string;
}

/** A group of feeds or of further groups, as readers show folders. */
export interface OpmlGroup {
  text: string;
  outlines: readonly OpmlOutline[];
}

export type OpmlOutline = OpmlFeed | OpmlGroup;

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");

function outlineXml(outline: OpmlOutline, indent: string): string {
  if ("xmlUrl" in outline) {
    // OPML 2.0 marks every feed subscription `type="rss"`, whatever its format.
    const { text, xmlUrl, htmlUrl } = outline;
    return `${indent}<outline${attributes({ type: "rss", text, title: text, xmlUrl, htmlUrl })}/>`;
  }
  const children = outline.outlines.map((child) => outlineXml(child, `${indent}  `));
  return [`${indent}<outline${attributes({ text: outline.text })}>`, ...children, `${indent}</outline>`].join(
    "\n",
  );
}

/** An OPML 2.0 subscription list: every feed under its groups, as feed readers import it. */
export function buildOpml(title: string, outlines: readonly OpmlOutline[]): string {
  return dropNonXmlCharacters(
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<opml version="2.0">',
      `  <head>`,
      `    <title>${escapeHtml(title)}</title>`,
      `  </head>`,
      "  <body>",
      ...outlines.map((outline) => outlineXml(outline, "    ")),
      "  </body>",
      "</opml>",
      "",
    ].join("\n"),
  );
}
