// The reason an editor gives for a change (修改说明): one input of the entry form, required when
// the entry is published, shown with the change in the public change log. Shared by the form
// (a client component), the action's schema and the save operation.

/** The form's input name; a field error under this name sits beside it. */
export const REASON_INPUT = "_reason";

/** A short note, not an essay. */
export const REASON_MAX = 200;
