// A change the editor must confirm by ticking a box beside its field (a money figure ten times
// the old one, or a tenth: Field.confirmChange). Shared by the form (a client component), the
// action's schema and the save operation; no JavaScript needed: a refused save brings the box.

/** The checkbox's input name; its value is the field's name, so one form may confirm several. */
export const CONFIRM_INPUT = "_confirm";

/** Handed back with a refused save: the fields whose change waits for the box, to draw it. */
export const CONFIRM_ASKED = "_confirmAsked";
