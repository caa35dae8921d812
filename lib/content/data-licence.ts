// The licence of what this site writes and compiles: its facts as stated, summaries and data.
// Quoted words and the linked articles stay their authors' and publishers'. No imports of its own:
// next.config.ts and the feeds, API and CSV responses all read it.

/** Creative Commons Attribution 4.0: anyone may reuse the data, crediting the site. */
export const DATA_LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** An HTTP `Link` header naming the licence, for the API's, the CSV files' and the feeds' responses. */
export const LICENCE_LINK_HEADER = `<${DATA_LICENCE.url}>; rel="license"`;
