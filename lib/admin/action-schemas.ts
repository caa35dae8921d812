import { z } from "zod";
import { parseAdminDateTime } from "@/lib/admin/admin-time";
import { REASON_MAX } from "@/lib/admin/change-reason";
import { CONFIRM_INPUT } from "@/lib/admin/change-confirmation";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { adminKinds } from "@/lib/admin/kinds";
import { readReturnTo } from "@/lib/admin/return-to";
import { t } from "@/lib/i18n";
import { KIND_KEYS } from "@/lib/kinds";

// The schemas of the admin's server actions. The form's content is validated by the schema of
// the kind the form names (lib/admin/kinds/*), the single truth for form and action alike.

const kindKey = z.enum(KIND_KEYS as [string, ...string[]], { error: t.admin.results.unknownKind });
const entryId = z.string({ error: t.admin.results.notFound }).trim().min(1).max(64);
const version = z.coerce.number({ error: t.admin.results.notFound }).int().min(0).max(1_000_000_000);
const optionalVersion = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().min(0).max(1_000_000_000).nullable());

/**
 * A form of any kind: the kind's own fields, and the form's own inputs, named with a leading
 * underscore so no field can clash with them: `_kind`, `_id` (absent to create), `_version`,
 * and the boxes that confirm a change (`_confirm`).
 */
export const ZSaveEntrySchema = z
  .looseObject({
    _kind: kindKey,
    _id: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || null),
    _version: optionalVersion,
    /** The version a "save anyway" after a conflict knowingly replaces. */
    _overwrite: optionalVersion,
    /**
     * Why (修改说明): required by saveEntry when the entry is published, and shown on the public
     * change log and its feed, so no control characters (as in every text field).
     */
    _reason: z
      .string()
      .trim()
      .max(REASON_MAX, { error: t.admin.errors.tooLong(t.admin.form.reason, REASON_MAX), abort: true })
      .refine((v) => !CONTROL_CHARACTERS.test(v), { error: t.admin.errors.control(t.admin.form.reason) })
      .optional(),
    /** "Save and publish": publish the entry once it is saved. */
    _publish: z.literal("1").optional(),
    /** Created for another form's field: that form and field, checked by readReturnTo. */
    _return: z.string().max(200).optional(),
    _returnField: z.string().max(100).optional(),
    /** The fields whose change the editor confirmed: a ticked box each, its value the field's name. */
    [CONFIRM_INPUT]: z
      .union([
        z
          .string()
          .max(64)
          .transform((name) => [name]),
        z.array(z.string().max(64)).max(100),
      ])
      .optional(),
  })
  .transform((raw, ctx) => {
    const kind = adminKinds[raw._kind as keyof typeof adminKinds];
    const parsed = kind.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return {
      kind,
      id: raw._id,
      version: raw._overwrite ?? raw._version,
      input: parsed.data,
      reason: raw._reason || undefined,
      confirmed: raw[CONFIRM_INPUT] ?? [],
      publish: raw._publish === "1",
      returnTo: readReturnTo(raw._return, raw._returnField),
    };
  });

const entryTarget = {
  kind: kindKey.transform((key) => adminKinds[key as keyof typeof adminKinds]),
  id: entryId,
  version,
};

/** An entry of a kind, by id: for actions on what it refers to. */
export const ZEntryTargetSchema = z.object({ kind: entryTarget.kind, id: entryTarget.id });

/** Delete needs the box ticked: the confirmation works without JavaScript. */
export const ZDeleteEntrySchema = z.object({
  ...entryTarget,
  confirm: z.literal("yes", { error: t.admin.errors.confirm }),
});

export const ZPublishEntrySchema = z
  .object({
    ...entryTarget,
    intent: z.enum(["publish", "unpublish", "schedule"]),
    publishAt: z.string().max(40).optional(),
  })
  .transform((raw, ctx) => {
    const { kind, id, version: expected } = raw;
    if (raw.intent !== "schedule") return { kind, request: { id, version: expected, intent: raw.intent } };
    const publishAt = parseAdminDateTime(raw.publishAt ?? "");
    if (!publishAt || publishAt.getTime() <= Date.now()) {
      ctx.addIssue({
        code: "custom",
        path: ["publishAt"],
        message: publishAt ? t.admin.publish.futureRequired : t.admin.publish.invalidTime,
      });
      return z.NEVER;
    }
    return { kind, request: { id, version: expected, intent: raw.intent, publishAt } };
  });

export const ZRestoreRevisionSchema = z.object({ ...entryTarget, revisionId: entryId });

/** Markdown to preview; as long as any markdown field may be, and a little more. */
export const ZPreviewMarkdownSchema = z.object({
  markdown: z.string().max(100_000, t.admin.errors.tooLong("Markdown", 100_000)).default(""),
});
