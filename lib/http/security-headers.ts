// Headers every response carries (next.config.ts applies them to every route), with no imports
// of its own: next.config.ts reads it at build time.

/**
 * The policy's parts that hold for every page as it is: no framing by any site (clickjacking),
 * no <base> or plugin tricks, forms only to this site. Scripts are not restricted yet: Next's
 * inline bootstrap scripts of cached pages need hashes or nonces first (issue 16).
 */
export const CONTENT_SECURITY_POLICY = [
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

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
