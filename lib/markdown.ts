import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  "p",
  "br",
  "strong",
  "em",
  "del",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "code",
  "pre",
  "h2",
  "h3",
  "h4",
  "hr",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

/**
 * Markdown to HTML that is safe to put in a page or a feed: raw HTML an editor typed is
 * stripped, links keep only http(s) and mailto, and external links cannot reach `window.opener`.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        // Any link that leaves the site: http(s), or protocol-relative (`//host/…`).
        attribs: /^(https?:)?\/\//.test(attribs.href ?? "")
          ? { ...attribs, rel: "noopener noreferrer" }
          : attribs,
      }),
    },
  });
}

/** Plain text of Markdown, for descriptions and summaries in feeds and metadata. */
export function markdownToText(markdown: string): string {
  return (
    sanitizeHtml(renderMarkdown(markdown), { allowedTags: [], allowedAttributes: {} })
      // sanitize-html leaves text HTML-escaped; plain text must not be (React escapes it again).
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}
