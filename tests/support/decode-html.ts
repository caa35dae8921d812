/** Text escaped by lib/format/escape-html.ts (numeric character references), as readers show it. */
export const decodeHtml = (html: string | undefined) =>
  html?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
