import { z } from "zod";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { CONTACT_MAX, MESSAGE_MAX, URL_MAX } from "@/lib/corrections/limits";
import { t } from "@/lib/i18n";
import { KIND_KEYS } from "@/lib/kinds";

const r = t.changes.report;

// Markup of any kind: a tag, a comment or a doctype. Readers' text is shown as text everywhere,
// but a report is plain words and a link; refusing markup keeps payloads out of the queue.
const MARKUP = /<\s*[/!?]?\s*[a-z]/i;

/** Plain text of at most `max` characters, refused with a message naming the field. */
function plainText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: r.errors.tooLong(label, max) })
    .refine((text) => !MARKUP.test(text), { error: r.errors.html(label) })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { error: r.errors.control(label) });
}

const httpUrl = z
  .string()
  .trim()
  .min(1, { error: r.errors.urlRequired })
  .max(URL_MAX, { error: r.errors.tooLong(r.sourceUrl, URL_MAX) })
  .refine((text) => !CONTROL_CHARACTERS.test(text), { error: r.errors.control(r.sourceUrl) })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { error: r.errors.url },
  );

/** A reader's report of an error in an entry, as the public form sends it. */
export const ZSubmitCorrectionSchema = z.object({
  kind: z.enum(KIND_KEYS as [string, ...string[]], { error: r.errors.entry }),
  slug: z.string({ error: r.errors.entry }).regex(/^[a-z0-9-]{1,120}$/, { error: r.errors.entry }),
  message: plainText(r.message, MESSAGE_MAX).pipe(z.string().min(5, { error: r.errors.messageShort })),
  sourceUrl: httpUrl,
  contact: plainText(r.contact, CONTACT_MAX).optional().default(""),
  /** A field people never see (a honeypot): only form-filling robots put anything in it. */
  // Robots see a message in the form's language too, though nothing tells them more than that.
  website: z
    .string()
    .max(1000, { error: r.errors.tooLong(r.honeypot, 1000) })
    .optional()
    .default(""),
});

export type TSubmitCorrectionRequest = z.infer<typeof ZSubmitCorrectionSchema>;
