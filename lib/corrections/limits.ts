// How long each part of a reader's report may be: shared by the form (a client component) and
// the schema that the server action validates with.

export const MESSAGE_MAX = 2000;
export const URL_MAX = 500;
export const CONTACT_MAX = 200;
