/**
 * Which scripts a page may run: the site's own files, and the inline scripts of its render, which
 * Next.js writes with the nonce it reads from the request's policy (proxy.ts gives each request
 * one). Never `unsafe-inline`.
 */
export function nonceScriptPolicy(nonce: string): string {
  return `script-src 'self' 'nonce-${nonce}'`;
}
