export const SETTLE_MS: number;
