import { z } from "zod";
import { type Field, single, text } from "@/lib/kinds/fields/field";
import { SLUG_PATTERN } from "@/lib/content/slug";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { t } from "@/lib/i18n";

const e = t.admin.errors;

interface TextOptions {
  required?: boolean;
  max?: number;
  /** The column, when it is not named like the field. */
  column?: string;
  /** Store an empty value as NULL (nullable columns) rather than "". */
  nullable?: boolean;
  /** A rule a non-empty value must pass, with its message. */
  check?: { test: (value: string) => boolean; message: string };
  help?: string;
}

/**
 * Trimmed text with Chinese messages for required, too long, control characters (which no
 * field needs, and PostgreSQL cannot store NUL) and a pattern.
 */
export function textSchema(label: string, { required = false, max = 200, check }: TextOptions) {
  // One message per problem: a failed length check stops the checks after it.
  let schema = z
    .string({ error: e.invalid(label) })
    .trim()
    .max(max, { error: e.tooLong(label, max), abort: true })
    .refine((v) => !CONTROL_CHARACTERS.test(v), { error: e.control(label), abort: true });
  if (required) schema = schema.min(1, { error: e.required(label), abort: true });
  return z.preprocess(
    single,
    check ? schema.refine((v) => v === "" || check.test(v), check.message) : schema,
  );
}

/** The field's column read back as form text. */
function columnText(column: string) {
  return (snapshot: Record<string, unknown>) => {
    const value = snapshot[column];
    return value === null || value === undefined ? "" : String(value);
  };
}

function stringField(
  type: "text" | "url" | "textarea" | "markdown",
  name: string,
  label: string,
  options: TextOptions,
): Field<string> {
  const { required = false, max = 200, column = name, nullable = false, help } = options;
  const read = columnText(column);
  return {
    name,
    label,
    ui: { type, name, label, required, maxLength: max, help },
    schema: textSchema(label, options),
    pick: (values) => values[name],
    toValues: (snapshot) => ({ [name]: read(snapshot) }),
    columns: (value) => ({ [column]: nullable && value === "" ? null : value }),
    describe: (values) => text(values[name]),
  };
}

export const textField = (name: string, label: string, options: TextOptions = {}) =>
  stringField("text", name, label, options);

export const textareaField = (name: string, label: string, options: TextOptions = {}) =>
  stringField("textarea", name, label, { max: 2000, ...options });

/** Long text in Markdown: previewed through the sanitizer, rendered by it on public pages. */
export const markdownField = (name: string, label: string, options: TextOptions = {}) =>
  stringField("markdown", name, label, { max: 20_000, ...options });

/** The URL segment of the entry's public page; uniqueness is checked when saving. */
export const slugField = () =>
  stringField("text", "slug", t.fields.slug, {
    required: true,
    max: 100,
    check: { test: (v) => SLUG_PATTERN.test(v), message: e.slug },
    help: t.fields.slugHelp,
  });

function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
}

/** An http(s) address; `javascript:` and other schemes are refused. */
export const urlField = (name: string, label: string, options: TextOptions = {}) =>
  stringField("url", name, label, {
    max: 2000,
    ...options,
    check: { test: isWebAddress, message: e.url },
  });

/** A whole number, e.g. a position in a list; empty means `fallback`. */
export function integerField(
  name: string,
  label: string,
  { min = 0, max = 100_000, fallback = 0 } = {},
): Field<number> {
  return {
    name,
    label,
    ui: { type: "integer", name, label, required: false },
    schema: z.preprocess(
      single,
      z
        .string({ error: e.integer(label) })
        .trim()
        .regex(/^-?\d{0,9}$/, e.integer(label))
        .transform((v) => (v === "" ? fallback : Number(v)))
        .refine((v) => v >= min && v <= max, e.range(label, min, max)),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => ({ [name]: String(snapshot[name] ?? fallback) }),
    columns: (value) => ({ [name]: value }),
    describe: (values) => text(values[name]),
  };
}

/** A yes/no box: sent as "on" when ticked, absent otherwise. */
export function checkboxField(name: string, label: string): Field<boolean> {
  return {
    name,
    label,
    ui: { type: "checkbox", name, label },
    schema: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
    pick: (values) => values[name],
    toValues: (snapshot) => (snapshot[name] ? { [name]: "on" } : {}),
    columns: (value) => ({ [name]: value }),
    describe: (values) => (values[name] === "on" ? t.common.yes : t.common.no),
  };
}

const YES_NO_VALUES: Record<string, boolean> = { yes: true, no: false };

/**
 * Yes, no, or not stated (NULL): for a fact the sources may be silent on, such as whether a
 * model's weights are open. Not stated is the empty choice, labelled "未说明", so a new entry
 * claims nothing until an editor says so.
 */
export function yesNoUnknownField(
  name: string,
  label: string,
  { help }: { help?: string } = {},
): Field<boolean | null> {
  const labels: Record<string, string> = { yes: t.common.yes, no: t.common.no };
  return {
    name,
    label,
    ui: {
      type: "select",
      name,
      label,
      required: false,
      options: Object.entries(labels).map(([value, optionLabel]) => ({ value, label: optionLabel })),
      emptyLabel: t.common.unspecified,
      help,
    },
    schema: z.preprocess(
      single,
      z.string({ error: e.unknownOption(label) }).transform((value, ctx) => {
        if (value === "") return null;
        if (!Object.hasOwn(YES_NO_VALUES, value)) {
          ctx.addIssue({ code: "custom", message: e.unknownOption(label) });
          return null;
        }
        return YES_NO_VALUES[value];
      }),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => {
      const value = snapshot[name];
      return { [name]: value === true ? "yes" : value === false ? "no" : "" };
    },
    columns: (value) => ({ [name]: value }),
    describe: (values) => labels[text(values[name])] ?? t.common.unspecified,
  };
}

/** A select's options when the sources may say nothing of it: empty is stored as NULL, "未说明". */
export const MAY_BE_UNSTATED = { required: false, emptyLabel: t.common.unspecified } as const;

/**
 * One value of an enum, shown with its Chinese label. A value that is not in the list (a
 * tampered form) gets its own message; an optional select stores NULL when left empty, which
 * `emptyLabel` names where empty means the sources do not say ("未说明").
 */
export function selectField(
  name: string,
  label: string,
  labels: Record<string, string>,
  {
    required = true,
    column = name,
    emptyLabel,
  }: { required?: boolean; column?: string; emptyLabel?: string } = {},
): Field<string | null> {
  const read = columnText(column);
  return {
    name,
    label,
    ui: {
      type: "select",
      name,
      label,
      required,
      emptyLabel,
      options: Object.entries(labels).map(([value, optionLabel]) => ({ value, label: optionLabel })),
    },
    schema: z.preprocess(
      single,
      z.string({ error: e.unknownOption(label) }).transform((value, ctx) => {
        if (value === "") {
          if (required) ctx.addIssue({ code: "custom", message: e.choose(label) });
          return null;
        }
        if (!Object.hasOwn(labels, value)) ctx.addIssue({ code: "custom", message: e.unknownOption(label) });
        return value;
      }),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => ({ [name]: read(snapshot) }),
    columns: (value) => ({ [column]: value }),
    describe: (values) => {
      const value = text(values[name]);
      return labels[value] ?? value;
    },
  };
}
