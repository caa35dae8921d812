import { ActionForm, type FormAction } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { secondaryButtonClass } from "@/components/admin/ui";
import { suggestedScheduleInput } from "@/lib/admin/admin-time";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { EntryState } from "@/lib/content/entry-state";
import type { HeldBackSource } from "@/lib/admin/cited-draft-sources";
import { t } from "@/lib/i18n";

const p = t.admin.publish;

/** Publish now, take back to draft, or schedule: each a form that works without JavaScript. */
export function PublishPanel({
  action,
  publishSourcesAction,
  heldBack,
  kind,
  id,
  version,
  state,
  publishedAt,
  historyHref,
}: {
  action: FormAction;
  publishSourcesAction: FormAction;
  /** The sources it cites that readers cannot see yet (so neither its citations of them). */
  heldBack: HeldBackSource[];
  kind: string;
  id: string;
  version: number;
  state: EntryState;
  publishedAt: string | null;
  historyHref: string;
}) {
  const hidden = (intent: string) => ({ kind, id, version: String(version), intent });
  const conflict = { conflictHref: historyHref, conflictLabel: t.admin.form.viewHistory };
  return (
    <section aria-labelledby="publish-heading" className="space-y-4 rounded-lg border border-line p-4">
      <h2 id="publish-heading" className="font-semibold">
        {p.heading}
      </h2>
      <p className="text-sm">
        {p.current}：<StatusBadge state={state} publishedAt={publishedAt} />
        {state === "PUBLISHED" && publishedAt ? (
          <span className="block text-xs text-muted">{p.publishedAt(formatTimestamp(publishedAt))}</span>
        ) : null}
      </p>
      {heldBack.length ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>{p.heldBack(heldBack.length)}</p>
          <ul className="list-disc pl-5">
            {heldBack.map((source) => (
              <li key={source.id} className="break-words">
                <a href={`/admin/sources/${source.id}`}>{source.title}</a>
                {source.scheduled ? p.scheduledMark : null}
              </li>
            ))}
          </ul>
          {heldBack.some((source) => !source.scheduled) ? (
            <ActionForm
              action={publishSourcesAction}
              hidden={{ kind, id }}
              submitLabel={p.publishSources}
              submitClass={secondaryButtonClass}
            />
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {state !== "PUBLISHED" ? (
          <ActionForm action={action} hidden={hidden("publish")} submitLabel={p.publishNow} {...conflict} />
        ) : null}
        {state !== "DRAFT" ? (
          <ActionForm
            action={action}
            hidden={hidden("unpublish")}
            submitLabel={p.unpublish}
            submitClass={secondaryButtonClass}
            {...conflict}
          />
        ) : null}
      </div>
      <ActionForm
        action={action}
        label={p.schedule}
        hidden={hidden("schedule")}
        inputs={[
          {
            name: "publishAt",
            label: p.scheduleAt,
            type: "datetime-local",
            required: true,
            value: suggestedScheduleInput(),
            help: p.scheduleHelp,
          },
        ]}
        submitLabel={p.schedule}
        submitClass={secondaryButtonClass}
        {...conflict}
      />
    </section>
  );
}
