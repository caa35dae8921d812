// Shared Tailwind classes of the admin's controls, so every form looks and behaves alike.
/** A text box or select sized by its container. */
export const controlClass =
  "rounded border border-stone-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";
export const inputClass = `${controlClass} w-full`;
// Links styled as buttons need `!`: the global `a` colour is unlayered and beats utilities.
export const buttonClass =
  "inline-flex items-center rounded bg-brand px-4 py-1.5 text-sm font-medium text-white! no-underline! hover:bg-brand-strong disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60";
export const dangerButtonClass =
  "inline-flex items-center rounded bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60";
export const errorTextClass = "mt-1 text-sm text-red-700";
export const helpTextClass = "mt-1 text-xs text-muted";
