// @ts-check

/**
 * For this long after an edit invalidates a tag, entries carrying it are served but not stored.
 * A render that began before the edit and ends just after it read the old data: stored, it
 * would show readers the old page until the next edit. Renders take well under this.
 */
export const SETTLE_MS = 5000;
