// Types of script-policy.mjs (plain JavaScript, as the cache handler reads it outside the bundle).
export function inlineScriptHashes(html: string): string[];
export function hashedScriptPolicy(html: string): string;
export function nonceScriptPolicy(nonce: string): string;
