/**
 * C0/C1 control characters (but tab and line breaks), and the invisible direction overrides that
 * can make text read differently from what it is (e.g. a name that displays reversed). No text
 * anyone types needs them; PostgreSQL cannot even store NUL, and XML feeds cannot carry most.
 */
export const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/;
