// Headers every response carries (next.config.ts applies them to every route), with no imports
// of its own: next.config.ts reads it at build time.

/**
 * The policy's parts that hold for every page as it is: nothing loaded from elsewhere, no framing
 * by any site (clickjacking), no <base> or plugin tricks, forms only to this site. Which scripts may run is the render's own
 * business: each page carries a second policy for them, with its nonce (lib/http/script-policy.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  // Whatever a page loads comes from this site: its styles (Next.js and React write some inline),
  // its images (the icon; a data: URL or two), its requests (the router's own).
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * For what is never a page (feeds, the API, downloads, images, the sitemap): opened in a browser,
 * nothing in it may run, load or be framed. An XML feed or an SVG could otherwise run script.
 */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Paths that are never a page, as next.config.ts `headers()` sources. */
export const DATA_PATHS = [
  "/api/:path*",
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/feeds/:path*",
  "/changes/feed.xml",
  "/:list/:slug/feed.xml",
  "/feeds.opml",
  "/downloads/:path*",
  "/og/:path*",
  "/sitemap.xml",
  "/robots.txt",
  "/icon.svg",
];

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The site uses none of these; nothing it embeds may either.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

/** Sent only when the request came over HTTPS (as the proxy in front says): a year, subdomains too. */
export const STRICT_TRANSPORT_SECURITY = {
  key: "Strict-Transport-Security",
  value: "max-age=31536000; includeSubDomains",
};
