"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import {
  ZDeleteEntrySchema,
  ZEntryTargetSchema,
  ZPreviewMarkdownSchema,
  ZPublishEntrySchema,
  ZRestoreRevisionSchema,
  ZSaveEntrySchema,
} from "@/lib/admin/action-schemas";
import { findTakenValuesAsTyped } from "@/lib/admin/check-input";
import { publishHeldBackSources } from "@/lib/admin/cited-draft-sources";
import { deleteEntry } from "@/lib/admin/delete-entry";
import { findAdminKind } from "@/lib/admin/kinds";
import { publishEntry } from "@/lib/admin/publish-entry";
import { returnAddress } from "@/lib/admin/return-to";
import { restoreRevision } from "@/lib/admin/restore-revision";
import { saveEntry } from "@/lib/admin/save-entry";
import { toActionFailure } from "@/lib/admin/to-action-result";
import { renderMarkdown } from "@/lib/markdown";

// The admin's content mutations. Each is composed by defineAction: session and EDITOR role
// (owners pass too), the zod schema, then a lib/admin operation that writes the change and its
// revision in one transaction and revalidates what it touched. Success redirects (so a page
// reload never resubmits); failure returns the submitted values for the form to keep.

export const saveEntryAction = defineAction(
  {
    role: "EDITOR",
    schema: ZSaveEntrySchema,
    // A taken slug is reported with the form's other problems, not one save later.
    checkAlso: async ({ _kind, _id, ...submitted }) => {
      const kind = typeof _kind === "string" ? findAdminKind(_kind) : undefined;
      return kind ? findTakenValuesAsTyped(kind, submitted, typeof _id === "string" && _id ? _id : null) : {};
    },
  },
  async (
    { kind, id, version, input, reason, confirmed, publish, returnTo },
    { user, values },
  ): Promise<ActionResult> => {
    const result = await saveEntry(kind, { id, version, input, reason, confirmed }, user.id);
    if (!result.ok) return toActionFailure(result, values);
    const saved = `/admin/${kind.key}/${result.data.id}?${id ? "saved" : "created"}=1`;
    // The saved version is published in a change of its own, as the publish panel would.
    const published = publish && (await publishEntry(kind, { ...result.data, intent: "publish" }, user.id));
    if (published && !published.ok) redirect(`${saved}&publishFailed=1`);
    // Created for another form: back to it, the new entry chosen in the field that asked.
    if (returnTo) redirect(returnAddress(returnTo, kind.key, result.data.id));
    redirect(published ? `${saved}&savedAndPublished=1` : saved);
  },
);

export const publishEntryAction = defineAction(
  { role: "EDITOR", schema: ZPublishEntrySchema },
  async ({ kind, request }, { user, values }): Promise<ActionResult> => {
    const result = await publishEntry(kind, request, user.id);
    if (!result.ok) return toActionFailure(result, values);
    const done = { publish: "published", unpublish: "unpublished", schedule: "scheduled" }[request.intent];
    redirect(`/admin/${kind.key}/${request.id}?${done}=1`);
  },
);

/** Publishes the draft sources an entry cites, so readers see its citations. */
export const publishCitedSourcesAction = defineAction(
  { role: "EDITOR", schema: ZEntryTargetSchema },
  async ({ kind, id }, { user, values }): Promise<ActionResult> => {
    const result = await publishHeldBackSources(kind, id, user.id);
    if (!result.ok) return toActionFailure(result, values);
    redirect(`/admin/${kind.key}/${id}?sourcesPublished=1`);
  },
);

export const deleteEntryAction = defineAction(
  { role: "EDITOR", schema: ZDeleteEntrySchema },
  async ({ kind, id, version }, { user, values }): Promise<ActionResult> => {
    const result = await deleteEntry(kind, { id, version }, user.id);
    if (!result.ok) return toActionFailure(result, values);
    // The list names the entry from its DELETE revision (lib/admin/deleted-entry-title.ts).
    redirect(`/admin/${kind.key}?deleted=${encodeURIComponent(id)}`);
  },
);

export const restoreRevisionAction = defineAction(
  { role: "EDITOR", schema: ZRestoreRevisionSchema },
  async ({ kind, id, version, revisionId }, { user, values }): Promise<ActionResult> => {
    const result = await restoreRevision(kind, { id, version, revisionId }, user.id);
    if (!result.ok) return toActionFailure(result, values);
    redirect(`/admin/${kind.key}/${id}/history?restored=1`);
  },
);

/** Markdown as readers will see it: through the same sanitizer as the public pages. */
export const previewMarkdownAction = defineAction(
  { role: "EDITOR", schema: ZPreviewMarkdownSchema },
  async ({ markdown }) => ({ ok: true, data: { html: renderMarkdown(markdown) } }),
);
