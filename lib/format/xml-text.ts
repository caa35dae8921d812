// Characters XML 1.0 cannot carry at all: one pasted into an entry would break the whole document.
const NON_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** An XML document (a feed, an OPML file) with the characters XML cannot carry dropped. */
export function dropNonXmlCharacters(xml: string): string {
  return xml.replace(NON_XML_CHARACTERS, "");
}
