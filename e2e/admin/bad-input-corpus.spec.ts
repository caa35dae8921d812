// The bad-input corpus against every admin form (the readers' side: ../bad-input-corpus.spec.ts).
// Every field of every kind's form, as described in lib/admin/kinds (so a new kind or field is
// covered without anyone listing it here), gets the payloads its type can be sent, on create and
// on edit, as the real server action posts of a browser or a hostile client; so do the forged
// publish, delete and restore requests and the account forms. None may answer 5xx; each refusal
// names its field (or, for a forged request, answers with a code and a message) and hands back
// what was typed; a refused edit leaves the saved entry as it was. Markup is legitimate text: what
// is accepted is read back as typed, and once published it shows as text, never as markup or
// script, on its public page in the browser, in the feeds and in the CSV files.
//
// Entries are drafts dated yesterday (behind every entry of today that other journeys look for in
// the feeds and on the timeline), and each is deleted by the test that made it, right after its
// checks.
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type PlaywrightWorkerArgs,
} from "../fixtures/test";
import { parse as parseCsv } from "csv-parse/sync";
import { parseFeed } from "feedsmith";
import { decodeHtml } from "@/tests/support/decode-html";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable, type Db } from "@/lib/content/entry-table";
import type { Field } from "@/lib/kinds/fields/field";
import { adminKinds } from "@/lib/admin/kinds";
import {
  BAD_AMOUNTS,
  BAD_CURRENCIES,
  BAD_DATES,
  BAD_INTEGERS,
  BAD_OPTIONS,
  BAD_PRECISIONS,
  BAD_SLUGS,
  BAD_URLS,
  BIDI_CONTROLS,
  BROKEN_UTF8_BYTES,
  CONTROL_CHARACTERS,
  FAR_TOO_LONG,
  FORMULAS,
  LONE_SURROGATES,
  MARKDOWN_LINKS,
  MARKUP,
  MARKUP_TRACE,
  oversized,
  type Payload,
  QUERY_VALUES,
  RAW_QUERY_ESCAPES,
} from "../corpus/bad-inputs";
import { collectDialogs, collectServerErrors, entryForm } from "../fixtures/admin";
import { EDITOR, OWNER } from "../fixtures/auth";
import {
  CaseLog,
  type CaseOutcome,
  markupTraces,
  NO_TRACES,
  postActionBytes,
  type RawFieldValue,
} from "../fixtures/corpus";
import { openDatabase } from "../fixtures/e2e-database";
import {
  actionIdOf,
  actionOutcome,
  type ActionOutcome,
  ENTRY_ACTIONS,
  idFromRedirect,
} from "../fixtures/server-actions";

test.use({ storageState: EDITOR.storageState });
// One test at a time, on one worker: each sends hundreds of requests, and the other journeys
// share the server with them.
test.describe.configure({ mode: "default" });

// One client of the server's database per worker, to read back what was stored.
let database: ReturnType<typeof openDatabase> | undefined;
const db = () => (database ??= openDatabase());
test.afterAll(async () => {
  await database?.$disconnect();
  database = undefined;
});

const KINDS = Object.values(adminKinds);
const action = (file: string, name: string) => actionIdOf(file, name);

/** Yesterday (UTC): the journeys that look for their entries in the feeds date them today. */
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** A form as sent: a value per input, several for a repeated one; undefined leaves it out. */
type Fields = Record<string, RawFieldValue | undefined>;

/** What is accepted as text: markup, script links, formulas, and text a form sends as U+FFFD. */
const ACCEPTED_TEXT: readonly Payload[] = [...FORMULAS, ...MARKUP, ...MARKDOWN_LINKS, ...LONE_SURROGATES];

/** Text that no field stores: control characters and direction overrides. */
const INVISIBLE: readonly { family: string; payload: Payload }[] = [
  ...CONTROL_CHARACTERS.map((payload) => ({ family: "control", payload })),
  ...BIDI_CONTROLS.map((payload) => ({ family: "bidi", payload })),
];

/** Runs at most `max` tasks at once. */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * The admin page whose form posts the action: an entry's page (or its kind's new-entry page). A
 * post to another page runs the action too (Next.js forwards it), but its cache invalidation
 * was not seen by the public pages, so every post goes where the browser's would.
 */
const formPath = (kind: AdminKind, id?: RawFieldValue, page = "") =>
  `/admin/${kind.key}/${typeof id === "string" && id ? id : "new"}${page}`;

/** A value as the server decodes it: bytes that are not UTF-8 and lone surrogates as U+FFFD. */
function decoded(value: string | Buffer): string {
  return new TextDecoder().decode(typeof value === "string" ? Buffer.from(value) : value);
}

const defined = (fields: Fields): Record<string, RawFieldValue> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<
    string,
    RawFieldValue
  >;

interface Answer {
  status: number;
  outcome: ActionOutcome;
}

/** Requests sent by this worker, to report what the corpus costs. */
let requestsSent = 0;

async function post(api: APIRequestContext, actionId: string, fields: Fields, path: string): Promise<Answer> {
  requestsSent += 1;
  const response = await postActionBytes(api, actionId, defined(fields), { path });
  return answerOf(response);
}

async function answerOf(response: APIResponse): Promise<Answer> {
  let outcome: ActionOutcome = {};
  try {
    outcome = await actionOutcome(response);
  } catch {
    // Not an action's answer: refused before any action ran (see the status).
  }
  return { status: response.status(), outcome };
}

/** An answer that means the server failed: a 5xx, or an action that threw (answered ERROR). */
const failed = ({ status, outcome }: Answer) =>
  status >= 500 || outcome.code === "ERROR" || outcome.code === "UNAVAILABLE";

/** A field's case: refused naming the field, or accepted (to be read back), or not. */
function fieldOutcome(answer: Answer, field: string): CaseOutcome {
  if (failed(answer)) return "server-error";
  if (answer.outcome.redirect || answer.outcome.ok) return "accepted";
  const messages = answer.outcome.fieldErrors?.[field] ?? [];
  return answer.outcome.ok === false && messages.some((m) => m.trim().length > 0) && answer.outcome.message
    ? "refused"
    : "refused-unnamed";
}

/** A forged request's case: refused with a code and a message (or before any action ran). */
function codeOutcome(answer: Answer): CaseOutcome {
  if (failed(answer)) return "server-error";
  if (answer.outcome.redirect || answer.outcome.ok) return "accepted";
  if (answer.outcome.ok === false && answer.outcome.code && answer.outcome.message) {
    return answer.outcome.code === "NOT_FOUND" ? "not-found" : "refused-code";
  }
  return answer.status >= 400 ? "refused-code" : "refused-unnamed";
}

/**
 * Whether the refusal handed back what was typed, so the form shows it again: every input sent,
 * as the server decoded it (passwords are never sent back).
 */
function keptInput(answer: Answer, fields: Fields): string[] {
  if (answer.outcome.ok !== false) return [];
  const values = answer.outcome.values ?? {};
  const lost: string[] = [];
  for (const [name, value] of Object.entries(defined(fields))) {
    // Passwords and sign-in codes are never sent back.
    if (/password|^code$/i.test(name)) continue;
    // A name sent once comes back as one value, sent several times as a list.
    const list = Array.isArray(value) ? value.map(decoded) : [decoded(value as string | Buffer)];
    const sent = list.length === 1 ? list[0] : list;
    if (JSON.stringify(values[name]) !== JSON.stringify(sent)) lost.push(name);
  }
  return lost;
}

/** A row of a kind's table as JSON (BigInt and dates as text), to compare before and after. */
async function readRow(kind: AdminKind, id: string): Promise<string | null> {
  const row = await storedColumns(kind, id);
  const revisions = await db().revision.count({ where: { kind: kind.key, entryId: id } });
  return row ? JSON.stringify({ row, revisions }, (_, v) => (typeof v === "bigint" ? String(v) : v)) : null;
}

/**
 * Ids the cases refer to: a seeded source, organization and entry of each kind (the oldest:
 * never one another journey makes, and maybe deletes, meanwhile).
 */
async function readSeeded() {
  const prisma = db();
  const oldest = { createdAt: "asc" } as const;
  const source = await prisma.source.findFirstOrThrow({ select: { id: true, url: true }, orderBy: oldest });
  const organization = await prisma.organization.findFirstOrThrow({ select: { id: true }, orderBy: oldest });
  const entries = Object.fromEntries(
    await Promise.all(
      KINDS.map(async (kind) => {
        const row = await entryTable(prisma as unknown as Db, kind.model).findFirst({
          where: {},
          select: { id: true, slug: true },
          orderBy: oldest,
        });
        return [kind.key, { id: String(row!.id), slug: String(row!.slug) }] as const;
      }),
    ),
  );
  return { source, organization, entries };
}
type Seeded = Awaited<ReturnType<typeof readSeeded>>;

// ---------------------------------------------------------------------------------------------
// The forms of the kinds of entry.

const isText = (field: Field) =>
  ["text", "textarea", "markdown"].includes(field.ui.type) && field.name !== "slug";

const maxLengthOf = (field: Field) =>
  "maxLength" in field.ui && field.ui.maxLength !== undefined ? field.ui.maxLength : 200;

/** A valid form of the kind: its required fields filled, dated yesterday, no references. */
function baseForm(kind: AdminKind, slug: string): Fields {
  const values: Fields = { _kind: kind.key };
  for (const field of kind.fields) {
    const ui = field.ui;
    if (field.name === "slug") values.slug = slug;
    else if (ui.type === "url" && ui.required) values[field.name] = `https://corpus.example.com/${slug}`;
    else if ((ui.type === "text" || ui.type === "textarea" || ui.type === "markdown") && ui.required)
      values[field.name] = maxLengthOf(field) <= 2 ? "en" : `语料 ${ui.label}`;
    else if (ui.type === "select" && ui.required) values[field.name] = ui.options[0].value;
    else if (ui.type === "partialDate") {
      values[field.name] = YESTERDAY;
      values[`${field.name}.precision`] = "DAY";
    }
  }
  return values;
}

/** The inputs of a row field's rows: `citations.0.source`… */
const rows = (name: string, list: readonly Record<string, string>[]): Fields =>
  Object.fromEntries(
    list.flatMap((row, index) =>
      Object.entries(row).map(([cell, value]) => [`${name}.${index}.${cell}`, value]),
    ),
  );

/**
 * One case: a bad value for one field. `stage` says what refuses it: the kind's schema, or the
 * checks that follow it (a taken slug, an entry that does not exist), which only run once the
 * schema passes. A single-row case of a row field fills row 0; it is moved to a row of its own
 * when cases share a request.
 */
interface FieldCase {
  field: string;
  payload: string;
  values: Fields;
  stage: "schema" | "check" | "form";
  row?: boolean;
}

/** Every refusal case of one field of a form, by its type. */
function fieldCases(kind: AdminKind, field: Field, seeded: Seeded, editedId: string | null): FieldCase[] {
  const name = field.name;
  const one = (payload: string, value: RawFieldValue | undefined, extra: Fields = {}): FieldCase => ({
    field: name,
    payload,
    values: { [name]: value, ...extra },
    stage: "schema",
  });
  const check = (payload: string, value: RawFieldValue): FieldCase => ({
    ...one(payload, value),
    stage: "check",
  });
  const family = (label: string, payloads: readonly Payload[], extra: Fields = {}) =>
    payloads.map((p) => one(`${label}: ${p.name}`, p.value, extra));
  const invisible = INVISIBLE.map(({ family: f, payload }) => one(`${f}: ${payload.name}`, payload.value));
  /** A case of a row field: its cells on row 0, or several rows when `list` has more. */
  const rowCase = (
    label: string,
    list: readonly Record<string, string>[],
    stage: FieldCase["stage"] = "schema",
  ) => ({
    field: name,
    payload: label,
    values: rows(name, list),
    stage,
    // The checks after the schema name the field, not the row.
    row: list.length === 1 && stage === "schema",
  });
  const ui = field.ui;
  /** A good figure said to stand in a way no form offers, or inferred without saying how. */
  const qualifierCases = (figure: string, extra: Fields): FieldCase[] => {
    const q = "qualifier" in ui ? ui.qualifier : undefined;
    if (!q) return [];
    return [
      ...BAD_OPTIONS.map((p) => one(`qualifier: ${p.name}`, figure, { ...extra, [q.name]: p.value })),
      one("qualifier: 推算 without a basis", figure, { ...extra, [q.name]: "INFERRED", [q.basisName]: "" }),
      one("basis without 推算", figure, { ...extra, [q.name]: "", [q.basisName]: "仅六个月后" }),
      one(`basis: oversized`, figure, {
        ...extra,
        [q.name]: "INFERRED",
        [q.basisName]: "推".repeat(q.basisMaxLength + 1),
      }),
    ];
  };
  switch (ui.type) {
    case "text":
    case "textarea":
    case "markdown":
    case "url":
      return [
        ...family("oversized", oversized(maxLengthOf(field))),
        ...invisible,
        ...(name === "slug" ? family("slug", BAD_SLUGS) : []),
        ...(ui.type === "url"
          ? [...family("url", BAD_URLS), ...family("markup as address", MARKUP.slice(0, 3))]
          : []),
        ...(name === kind.titleField ? [one(`oversized: ${FAR_TOO_LONG.name}`, FAR_TOO_LONG.value)] : []),
        ...(name === kind.titleField ? [one("repeated input", ["甲", "乙"])] : []),
      ];
    case "integer":
      return family("integer", BAD_INTEGERS);
    case "select":
      return family("option", BAD_OPTIONS);
    case "partialDate":
      return [
        ...family("date", BAD_DATES, { [`${name}.precision`]: "DAY" }),
        ...BAD_PRECISIONS.map((p) =>
          one(`precision: ${p.name}`, "2024-01-01", { [`${name}.precision`]: p.value }),
        ),
        ...qualifierCases("2024-01-01", { [`${name}.precision`]: "DAY" }),
      ];
    case "date":
      return [
        ...family("date", BAD_DATES),
        one("date: a month only", "2024-07"),
        one("date: tomorrow", new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)),
        one("date: 41 characters", "2".repeat(41)),
        one("repeated input", ["2024-01-01", "2024-01-02"]),
      ];
    case "money":
      return [
        ...family("amount", BAD_AMOUNTS, { [`${name}.currency`]: ui.fixedCurrency ? undefined : "EUR" }),
        ...(ui.fixedCurrency
          ? []
          : BAD_CURRENCIES.map((p) => one(`currency: ${p.name}`, "5", { [`${name}.currency`]: p.value }))),
        ...qualifierCases("5", { [`${name}.currency`]: ui.fixedCurrency ? undefined : "EUR" }),
      ];
    case "reference":
      return [
        one("reference: 65 characters", "x".repeat(65)),
        check("reference: unknown id", "no-such-entry"),
        check("reference: markup", MARKUP[0].value),
        ...(editedId ? [check("reference: itself", editedId)] : []),
      ];
    case "references":
      return [
        one("references: 65 characters", ["x".repeat(65)]),
        one(
          "references: 501 ids",
          Array.from({ length: 501 }, (_, i) => `id-${i}`),
        ),
        check("references: unknown id", ["no-such-entry"]),
        check("references: markup", [MARKUP[1].value]),
      ];
    case "investors": {
      const org = `organization:${seeded.organization.id}`;
      const refs = (label: string, list: string[], stage: FieldCase["stage"] = "schema") =>
        rowCase(
          `investors: ${label}`,
          list.map((ref) => ({ ref })),
          stage,
        );
      return [
        refs("unknown type", ["robot:x"]),
        refs("markup", [MARKUP[0].value]),
        refs("65-character id", [`person:${"x".repeat(65)}`]),
        refs("duplicate row", [org, org]),
        refs(
          "201 rows",
          Array.from({ length: 201 }, (_, i) => `person:p-${i}`),
        ),
        refs("unknown organization", ["organization:no-such-org"], "check"),
      ];
    }
    case "citations": {
      const source = seeded.source.id;
      const reported = { source, status: "REPORTED" };
      return [
        rowCase("citation: 65-character source id", [{ source: "x".repeat(65), status: "REPORTED" }]),
        rowCase("citation: claim without a source", [
          { source: "", claim: "孤立的说法", status: "REPORTED" },
        ]),
        rowCase("citation: claim of 301 characters", [{ ...reported, claim: "长".repeat(301) }]),
        rowCase("citation: status missing", [{ source, status: "" }]),
        ...BAD_OPTIONS.map((p) => rowCase(`citation: status ${p.name}`, [{ source, status: p.value }])),
        ...INVISIBLE.map(({ family: f, payload }) =>
          rowCase(`citation: claim ${f}: ${payload.name}`, [{ ...reported, claim: payload.value }]),
        ),
        rowCase("citation: duplicate row", [
          { ...reported, claim: "同一说法" },
          { ...reported, claim: "同一说法" },
        ]),
        rowCase(
          "citation: 201 rows",
          Array.from({ length: 201 }, (_, i) => ({ ...reported, claim: `说法 ${i}` })),
        ),
        rowCase("citation: unknown source", [{ source: "no-such-source", status: "REPORTED" }], "check"),
      ];
    }
    case "alternatives": {
      const money = ui.fields.find((f) => f.money);
      const other = ui.fields.find((f) => !f.money);
      const first = ui.fields[0].value;
      const alternative = (
        label: string,
        row: Record<string, string>,
        stage: FieldCase["stage"] = "schema",
      ) => rowCase(`other value: ${label}`, [{ status: "REPORTED", ...row }], stage);
      const value = { field: first, value: "另一值" };
      return [
        alternative("no field", { field: "", value: "另一值" }),
        ...BAD_OPTIONS.map((p) => alternative(`field ${p.name}`, { field: p.value, value: "另一值" })),
        alternative("no value", { field: first, value: "" }),
        alternative("value of 301 characters", { field: first, value: "长".repeat(301) }),
        alternative("note of 301 characters", { ...value, note: "长".repeat(301) }),
        ...BAD_OPTIONS.map((p) => alternative(`status ${p.name}`, { ...value, status: p.value })),
        ...(other && money
          ? [alternative("amount of a date", { field: other.value, value: "另一值", amount: "5" })]
          : []),
        ...(money
          ? [
              ...BAD_AMOUNTS.map((p) =>
                alternative(`amount ${p.name}`, {
                  field: money.value,
                  value: "另一值",
                  amount: p.value,
                  currency: "EUR",
                }),
              ),
              ...(money.fixedCurrency
                ? []
                : BAD_CURRENCIES.map((p) =>
                    alternative(`currency ${p.name}`, {
                      field: money.value,
                      value: "另一值",
                      amount: "5",
                      currency: p.value,
                    }),
                  )),
            ]
          : []),
        ...INVISIBLE.flatMap(({ family: f, payload }) => [
          alternative(`value ${f}: ${payload.name}`, { field: first, value: payload.value }),
          alternative(`note ${f}: ${payload.name}`, { ...value, note: payload.value }),
        ]),
        alternative("unknown source", { ...value, source: "no-such-source" }, "check"),
      ];
    }
    case "checkbox":
      // Anything but "on" is an unticked box: there is nothing to refuse.
      return [];
  }
}

/** The checks after the schema: a slug (or address) another entry has. */
function takenCases(kind: AdminKind, seeded: Seeded): FieldCase[] {
  return [
    {
      field: "slug",
      payload: "duplicate slug",
      values: { slug: seeded.entries[kind.key].slug },
      stage: "check",
    },
    ...(kind.uniqueColumns.includes("url")
      ? [
          {
            field: "url",
            payload: "duplicate address",
            values: { url: seeded.source.url },
            stage: "check" as const,
          },
        ]
      : []),
  ];
}

const ROWS_PER_REQUEST = 8;

/** A request carrying cases: at most one per field (single-row cases of a row field: a row each). */
interface PackedRequest {
  values: Fields;
  cases: { case: FieldCase; row?: number }[];
}

/**
 * Packs cases into as few requests as the fields allow: a field holds one value per request, and
 * the answer names every field it refuses, each with its own message (a row field's, the row).
 */
function packRequests(cases: readonly FieldCase[]): PackedRequest[] {
  const groups = new Map<string, FieldCase[][]>();
  for (const c of cases) {
    const key = `${c.stage} ${c.field}`;
    const list = groups.get(key) ?? [];
    const last = list.at(-1);
    if (c.row && last && last.length < ROWS_PER_REQUEST && last.every((x) => x.row)) last.push(c);
    else list.push([c]);
    groups.set(key, list);
  }
  const requests: PackedRequest[] = [];
  for (const stage of ["schema", "check", "form"]) {
    const fields = [...groups].filter(([key]) => key.startsWith(`${stage} `)).map(([, list]) => list);
    const slots = Math.max(0, ...fields.map((list) => list.length));
    for (let slot = 0; slot < slots; slot += 1) {
      const request: PackedRequest = { values: {}, cases: [] };
      for (const group of fields.map((list) => list[slot]).filter(Boolean)) {
        group.forEach((c, index) => {
          if (!c.row) {
            Object.assign(request.values, c.values);
            request.cases.push({ case: c });
            return;
          }
          for (const [key, value] of Object.entries(c.values))
            request.values[key.replace(`${c.field}.0.`, `${c.field}.${index}.`)] = value;
          request.cases.push({ case: c, row: index });
        });
      }
      requests.push(request);
    }
  }
  return requests;
}

/** A case's outcome in its request's answer: its field named, and for a row, its row. */
function packedOutcome(answer: Answer, c: FieldCase, row: number | undefined): CaseOutcome {
  const outcome = fieldOutcome(answer, c.field);
  if (outcome !== "refused" || row === undefined) return outcome;
  return answer.outcome.fieldErrors![c.field].some((m) => m.includes(`第 ${row + 1} 行`))
    ? "refused"
    : "refused-unnamed";
}

/** The forged inputs of the form itself (kind, id, version): refused with a code. */
function forgedFormCases(kind: AdminKind, seeded: Seeded, edit: { version: number } | null) {
  const otherKind = kind.key === "events" ? "models" : "events";
  if (!edit)
    return [
      { payload: "kind missing", values: { _kind: undefined } },
      { payload: "kind of accounts", values: { _kind: "users" } },
      { payload: "kind __proto__", values: { _kind: "__proto__" } },
      { payload: "another kind's form", values: { _kind: otherKind } },
    ];
  return [
    { payload: "unknown id", values: { _id: "no-such-entry" } },
    { payload: "id of 65 characters", values: { _id: "x".repeat(65) } },
    { payload: "another kind's entry", values: { _id: seeded.entries[otherKind].id } },
    { payload: "version missing", values: { _version: undefined } },
    { payload: "stale version", values: { _version: String(edit.version - 1) } },
    { payload: "huge version", values: { _version: "99999999999" } },
    { payload: "version not a number", values: { _version: "abc" } },
  ];
}

/** Packs payloads into values of at most `max` characters; each formula leads one of its own. */
function packChunks(payloads: readonly Payload[], max: number): Payload[][] {
  const chunks: Payload[][] = FORMULAS.map((formula) => [formula]);
  const length = (chunk: Payload[]) => chunk.map((p) => p.value).join(" ").length;
  for (const payload of payloads.filter((p) => !FORMULAS.includes(p))) {
    const fits = chunks.find((chunk) => length([...chunk, payload]) <= max);
    if (fits) fits.push(payload);
    else chunks.push([payload]);
  }
  return chunks;
}
const chunkText = (chunk: readonly Payload[]) => chunk.map((p) => p.value).join(" ");

/**
 * The stored columns expected of a form's text fields as sent: trimmed and decoded as the
 * server does, through each field's own `columns` (an empty nullable text is NULL).
 */
function expectedColumns(kind: AdminKind, values: Fields, names: readonly string[]): Record<string, unknown> {
  return Object.assign(
    {},
    ...names.map((name) => {
      const field = kind.fields.find((f) => f.name === name)!;
      return field.columns!(decoded(values[name] as string | Buffer).trim());
    }),
  );
}

/** An entry's row as stored. */
function storedColumns(kind: AdminKind, id: string): Promise<Record<string, unknown> | null> {
  return entryTable(db() as unknown as Db, kind.model).findUnique({ where: { id } });
}

/** An editor's API context and the ids of the entry actions. */
interface Editor {
  api: APIRequestContext;
  save: string;
  publish: string;
  remove: string;
  restore: string;
}

async function newEditor(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
): Promise<Editor> {
  return {
    api: await playwright.request.newContext({ baseURL, storageState: EDITOR.storageState }),
    save: action(ENTRY_ACTIONS, "saveEntryAction"),
    publish: action(ENTRY_ACTIONS, "publishEntryAction"),
    remove: action(ENTRY_ACTIONS, "deleteEntryAction"),
    restore: action(ENTRY_ACTIONS, "restoreRevisionAction"),
  };
}

/** Creates an entry from a form through the save action; returns its id. */
async function createEntry(editor: Editor, kind: AdminKind, values: Fields): Promise<string> {
  const answer = await post(editor.api, editor.save, values, formPath(kind));
  const id = idFromRedirect(answer.outcome.redirect);
  expect(id, `create ${values._kind}: ${JSON.stringify(answer)}`).toBeDefined();
  return id!;
}

async function deleteEntry(editor: Editor, kind: AdminKind, id: string): Promise<void> {
  const row = await storedColumns(kind, id);
  if (!row) return;
  const answer = await post(
    editor.api,
    editor.remove,
    { kind: kind.key, id, version: String(row.version), confirm: "yes" },
    formPath(kind, id, "/delete"),
  );
  expect(answer.outcome.redirect ?? JSON.stringify(answer), `delete ${kind.key} ${id}`).toMatch(
    new RegExp(`^/admin/${kind.key}\\?deleted=`),
  );
}

/**
 * Waits for every task, then throws the first failure: a test's clean-up must not start while
 * some of its requests are still on their way.
 */
async function settleAll(tasks: Promise<unknown>[]): Promise<void> {
  const failure = (await Promise.allSettled(tasks)).find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}

/** A failed check of what a case left behind. */
interface Problem {
  target: string;
  payload: string;
  problem: string;
}

test("every field of every kind's form, on create and on edit: refused by name, or stored as typed", async ({
  playwright,
  baseURL,
}, testInfo) => {
  // About 650 form posts, each a full save through the server: about 30 s on PostgreSQL, and on
  // SQLite's single writer beside the other worker it has passed 120 s on a busy 2-core machine.
  test.setTimeout(300_000);
  const log = new CaseLog();
  const problems: Problem[] = [];
  const editor = await newEditor(playwright, baseURL);
  const seeded = await readSeeded();
  const run = `corpus-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const limit = limiter(3);
  const created: { kind: AdminKind; id: string }[] = [];
  const started = Date.now();
  const sentBefore = requestsSent;

  /** Sends a request of packed cases, records each, and checks what the form gets back. */
  const sendPacked = (kind: AdminKind, target: string, base: Fields, request: PackedRequest) =>
    limit(async () => {
      const values = { ...base, ...request.values };
      const answer = await post(editor.api, editor.save, values, formPath(kind, base._id));
      for (const { case: c, row } of request.cases) {
        const outcome = packedOutcome(answer, c, row);
        log.add({
          target,
          payload: `${c.field} ${c.payload}`,
          status: answer.status,
          outcome,
          detail: JSON.stringify(answer.outcome.fieldErrors?.[c.field] ?? answer.outcome).slice(0, 300),
        });
      }
      if (answer.outcome.redirect) {
        const id = idFromRedirect(answer.outcome.redirect);
        if (id && !values._id) created.push({ kind, id });
        problems.push({
          target,
          payload: request.cases.map((c) => c.case.payload).join(", "),
          problem: "accepted",
        });
      }
      const lost = keptInput(answer, values);
      if (lost.length) problems.push({ target, payload: "form", problem: `not handed back: ${lost}` });
    });

  /** Sends one forged form: refused with a code and a message. */
  const sendForged = (kind: AdminKind, target: string, base: Fields, payload: string, overrides: Fields) =>
    limit(async () => {
      const values = { ...base, ...overrides };
      const answer = await post(editor.api, editor.save, values, formPath(kind, base._id));
      log.add({
        target,
        payload,
        status: answer.status,
        outcome: codeOutcome(answer),
        detail: JSON.stringify(answer.outcome).slice(0, 300),
      });
      const lost = keptInput(answer, values);
      if (lost.length) problems.push({ target, payload, problem: `not handed back: ${lost}` });
    });

  try {
    await settleAll(
      KINDS.map(async (kind) => {
        const textFields = kind.fields.filter(isText);
        // The carrier: a draft every edit is sent to.
        const base = baseForm(kind, `${run}-${kind.key}`);
        const id = await createEntry(editor, kind, base);
        created.push({ kind, id });
        const editBase: Fields = { ...base, _id: id, _version: "1" };
        // New entries' cases get a slug of their own, which none uses unless accepted.
        const createBase = baseForm(kind, `${run}-${kind.key}-new`);
        const required = kind.fields.filter((f) => "required" in f.ui && f.ui.required);
        const missing: Fields = Object.fromEntries(
          required.flatMap((f) => [
            [f.name, undefined],
            [`${f.name}.precision`, undefined],
          ]),
        );

        // Refusals, on create and on edit, all at once: none changes anything.
        const before = await readRow(kind, id);
        const casesFor = (editedId: string | null) => [
          ...kind.fields.flatMap((field) => fieldCases(kind, field, seeded, editedId)),
          ...takenCases(kind, seeded),
        ];
        const reasonCases: FieldCase[] = [...oversized(200), ...INVISIBLE.map((i) => i.payload)].map((p) => ({
          field: "_reason",
          payload: `reason: ${p.name}`,
          values: { _reason: p.value },
          stage: "form",
        }));
        const missingRequest = (mode: string, formBase: Fields) =>
          limit(async () => {
            const values = { ...formBase, ...missing };
            const answer = await post(editor.api, editor.save, values, formPath(kind, formBase._id));
            for (const field of required)
              log.add({
                target: `admin ${mode}: ${kind.key}`,
                payload: `${field.name} missing`,
                status: answer.status,
                outcome: fieldOutcome(answer, field.name),
              });
          });
        await Promise.all([
          ...packRequests(casesFor(null)).map((r) =>
            sendPacked(kind, `admin create: ${kind.key}`, createBase, r),
          ),
          ...packRequests([...casesFor(id), ...reasonCases]).map((r) =>
            sendPacked(kind, `admin edit: ${kind.key}`, editBase, r),
          ),
          missingRequest("create", createBase),
          missingRequest("edit", editBase),
          ...forgedFormCases(kind, seeded, null).map((c) =>
            sendForged(kind, `admin create (forged): ${kind.key}`, createBase, c.payload, c.values),
          ),
          ...forgedFormCases(kind, seeded, { version: 1 }).map((c) =>
            sendForged(kind, `admin edit (forged): ${kind.key}`, editBase, c.payload, c.values),
          ),
        ]);
        // Nothing already saved is lost: the carrier is as it was, with no new revision.
        const after = await readRow(kind, id);
        if (after !== before)
          problems.push({
            target: `admin edit: ${kind.key}`,
            payload: "refusals",
            problem: `entry changed: ${after}`,
          });

        // Accepted text: payloads packed into values as long as each text field takes (a
        // formula leading each of the first four), sent to every text field at once: as edits of
        // the carrier (one after another: each moves its version on), and once as a new entry.
        const chunksOf = Object.fromEntries(
          textFields.map((f) => [
            f.name,
            packChunks(ACCEPTED_TEXT, Math.min(200, Math.max(100, maxLengthOf(f)))),
          ]),
        );
        const edits = Math.max(...Object.values(chunksOf).map((c) => c.length));
        const refusing = new Set<string>();
        let version = Number((await storedColumns(kind, id))!.version);
        const acceptedSave = async (mode: "create" | "edit", index: number) => {
          const target = `admin ${mode}: ${kind.key}`;
          const slug = `${run}-${kind.key}-text`;
          for (let attempt = 0; attempt < 2; attempt += 1) {
            const names = textFields.map((f) => f.name).filter((n) => !refusing.has(n) && chunksOf[n][index]);
            const values: Fields =
              mode === "edit"
                ? { ...editBase, _version: String(version) }
                : {
                    ...baseForm(kind, slug),
                    // Inputs no form has, as a hostile client would add: never stored.
                    status: "PUBLISHED",
                    publishedAt: new Date().toISOString(),
                    version: "99",
                    id: `forged-${slug}`,
                  };
            for (const name of names) values[name] = chunkText(chunksOf[name][index]);
            const answer = await post(editor.api, editor.save, values, formPath(kind, values._id));
            const savedId = mode === "edit" ? id : idFromRedirect(answer.outcome.redirect);
            if (answer.outcome.redirect && savedId) {
              if (mode === "create") created.push({ kind, id: savedId });
              const row = (await storedColumns(kind, savedId))!;
              for (const name of names) {
                const same = Object.entries(expectedColumns(kind, values, [name])).every(
                  ([c, v]) => row[c] === v,
                );
                for (const p of chunksOf[name][index]) {
                  log.add({
                    target,
                    payload: `${name} ${p.name}`,
                    status: answer.status,
                    outcome: "accepted",
                  });
                  if (!same)
                    problems.push({ target, payload: `${name} ${p.name}`, problem: "not stored as typed" });
                }
              }
              if (mode === "edit") version = Number(row.version);
              else if (
                row.status !== "DRAFT" ||
                row.version !== 1 ||
                row.publishedAt !== null ||
                row.id === `forged-${slug}`
              )
                problems.push({
                  target,
                  payload: "forged status, version and id",
                  problem: JSON.stringify(row),
                });
              return;
            }
            // A field that cannot hold such text (a two-letter language code) refuses it by name.
            const refusedNames = names.filter((n) => fieldOutcome(answer, n) === "refused");
            const others = Object.keys(answer.outcome.fieldErrors ?? {}).filter(
              (n) => !refusedNames.includes(n),
            );
            for (const name of refusedNames) {
              refusing.add(name);
              for (const p of chunksOf[name][index])
                log.add({ target, payload: `${name} ${p.name}`, status: answer.status, outcome: "refused" });
            }
            if (failed(answer) || refusedNames.length === 0 || others.length > 0) {
              for (const name of names)
                log.add({
                  target,
                  payload: `${name} chunk ${index}`,
                  status: answer.status,
                  outcome: codeOutcome(answer),
                  detail: JSON.stringify(answer.outcome).slice(0, 300),
                });
              problems.push({
                target,
                payload: `text fields, chunk ${index}`,
                problem: JSON.stringify(answer.outcome).slice(0, 300),
              });
              return;
            }
          }
        };
        for (let index = 0; index < edits; index += 1) await acceptedSave("edit", index);
        await acceptedSave("create", 0);

        // Bytes that are not UTF-8, in every text field at once: read as U+FFFD, stored as read.
        const names = textFields.map((f) => f.name).filter((n) => !refusing.has(n));
        const bytes: Fields = { ...editBase, _version: String(version) };
        const broken = Buffer.concat(
          BROKEN_UTF8_BYTES.flatMap((b) => [Buffer.from(" 字节 "), Buffer.from(b.bytes)]),
        );
        for (const name of names) bytes[name] = broken;
        const answer = await post(editor.api, editor.save, bytes, formPath(kind, id));
        const row = (await storedColumns(kind, id))!;
        const same = Object.entries(expectedColumns(kind, bytes, names)).every(([c, v]) => row[c] === v);
        for (const name of names)
          for (const b of BROKEN_UTF8_BYTES)
            log.add({
              target: `admin edit: ${kind.key}`,
              payload: `${name} broken UTF-8: ${b.name}`,
              status: answer.status,
              outcome: answer.outcome.redirect ? "accepted" : fieldOutcome(answer, name),
            });
        if (!answer.outcome.redirect || !same)
          problems.push({
            target: `admin edit: ${kind.key}`,
            payload: "broken UTF-8",
            problem: JSON.stringify(answer.outcome).slice(0, 300),
          });
      }),
    );
  } finally {
    await settleAll(created.map(({ kind, id }) => limit(() => deleteEntry(editor, kind, id))));
    await editor.api.dispose();
  }

  console.log(`admin forms: ${requestsSent - sentBefore} requests in ${Date.now() - started} ms`);
  await log.report(testInfo, "admin forms");
  expect(log.records.length).toBeGreaterThanOrEqual(200);
  expect(log.serverErrors(), "5xx or thrown").toEqual([]);
  expect(log.records.filter((r) => r.outcome === "refused-unnamed")).toEqual([]);
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// What readers see of accepted text.

/** The site's feeds and each kind's, in every format. */
const FEEDS = ["", "/feeds/models", "/feeds/funding", "/feeds/partnerships", "/feeds/events"].flatMap((dir) =>
  ["feed.xml", "atom.xml", "feed.json"].map((file) => `${dir}/${file}`),
);

/** A kind's entry carrying every accepted payload: all of them in its Markdown, some in each text. */
function showcaseForm(kind: AdminKind, slug: string, marker: string, seeded: Seeded): Fields {
  const values = baseForm(kind, slug);
  const all = ACCEPTED_TEXT.map((p) => p.value).join("\n\n");
  kind.fields.filter(isText).forEach((field, index) => {
    if (maxLengthOf(field) < 50) return;
    if (field.ui.type === "markdown") {
      values[field.name] = all;
      return;
    }
    const chunks = packChunks(ACCEPTED_TEXT, Math.min(200, maxLengthOf(field)) - marker.length - 1);
    const chunk = chunkText(chunks[index % chunks.length]);
    // The title carries the run's marker, so a search finds the entries.
    values[field.name] = field.name === kind.titleField ? `${chunkText(chunks[0])} ${marker}` : chunk;
  });
  for (const field of kind.fields) {
    const ui = field.ui;
    // An address may carry markup in its query: it is an attribute's text, never markup.
    if (ui.type === "url")
      values[field.name] = `https://corpus.example.com/${slug}?q="><corpus-mark data-corpus>`;
    if (ui.type === "citations")
      Object.assign(
        values,
        rows(field.name, [
          { source: seeded.source.id, claim: chunkText(MARKUP.slice(0, 6)), status: "REPORTED" },
        ]),
      );
    if (ui.type === "alternatives")
      Object.assign(
        values,
        rows(field.name, [
          {
            field: ui.fields[0].value,
            value: chunkText(MARKUP.slice(0, 6)),
            note: chunkText(MARKDOWN_LINKS),
            status: "REPORTED",
          },
        ]),
      );
  }
  return values;
}

/** What a spreadsheet would run: a cell that begins with = + - @ (or a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

test("accepted markup is text on every kind's public page, in the feeds, the change log and the CSV files", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const log = new CaseLog();
  const editor = await newEditor(playwright, baseURL);
  const seeded = await readSeeded();
  const marker = `cs${Date.now().toString(36)}`;
  const shown: { kind: AdminKind; id: string; values: Fields }[] = [];
  const traces: { where: string; traces: unknown }[] = [];
  const dialogs = collectDialogs(page);
  const serverErrors = collectServerErrors(page);
  /** Looks for markup in the page open in the browser (or in fragments parsed by it). */
  const expectText = async (where: string, fragments?: string[]) => {
    const found = await markupTraces(page, fragments);
    if (JSON.stringify(found) !== JSON.stringify(NO_TRACES)) traces.push({ where, traces: found });
  };

  try {
    // Every kind's entry, created with every accepted payload, read back, and published.
    await settleAll(
      KINDS.map(async (kind) => {
        const values = showcaseForm(kind, `${marker}-${kind.key}`, marker, seeded);
        const id = await createEntry(editor, kind, values);
        shown.push({ kind, id, values });
        const names = kind.fields.filter((f) => isText(f) && values[f.name] !== undefined).map((f) => f.name);
        const row = (await storedColumns(kind, id))!;
        expect(row).toMatchObject(expectedColumns(kind, values, names));
        for (const name of names)
          for (const p of ACCEPTED_TEXT.filter((p) =>
            decoded(String(values[name])).includes(decoded(p.value)),
          ))
            log.add({
              target: `published: ${kind.key}`,
              payload: `${name} ${p.name}`,
              status: 303,
              outcome: "accepted",
            });
        const published = await post(
          editor.api,
          editor.publish,
          { kind: kind.key, id, version: String(row.version), intent: "publish" },
          formPath(kind, id),
        );
        expect(published.outcome.redirect, JSON.stringify(published)).toContain("published=1");
      }),
    );

    // Each on its public page, in a real browser: its title as text, and nowhere an element, an
    // attribute or a script of the payloads; then the pages that list them all.
    for (const { kind, values } of shown) {
      const path = kind.publicPath({ slug: values.slug }).split("#")[0];
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectText(path);
      const title = decoded(String(values[kind.titleField])).trim();
      expect(await page.getByRole("main").innerText(), `${kind.key}: the title as text`).toContain(title);
    }
    for (const path of ["/timeline", `/search?q=${marker}`, "/changes"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectText(path);
      // The search finds them by the marker in their titles, and marks it: as text.
      if (path.startsWith("/search")) await expect(page.getByRole("main")).toContainText(marker);
    }

    // The feeds, parsed: titles as text, HTML fragments with no markup of the payloads.
    const dated = shown.filter(({ values }) => values.date !== undefined && values["date.precision"]);
    let items = 0;
    for (const path of FEEDS) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const feed = parseFeed(await response.text());
      const fragments: string[] = [];
      for (const { kind, id, values } of dated) {
        const title = decoded(String(values[kind.titleField])).trim();
        const inScope = path.startsWith(`/feeds/${kind.key}/`);
        const itemId = (value: string | undefined) => value?.endsWith(`:${id}`);
        let item: { title?: string; fragments: (string | undefined)[] } | undefined;
        if (feed.format === "rss") {
          const found = feed.feed.items?.find((i) => itemId(i.guid?.value));
          // Readers take an RSS title as HTML, as Atom's: escaped, its text the typed title.
          item = found && {
            title: decodeHtml(found.title),
            fragments: [found.title, found.description, found.content?.encoded],
          };
        } else if (feed.format === "atom") {
          const found = feed.feed.entries?.find((e) => itemId(e.id));
          item = found && { fragments: [found.title?.value, found.summary?.value, found.content?.value] };
        } else if (feed.format === "json") {
          const found = feed.feed.items?.find((i) => itemId(i.id));
          item = found && { title: found.title, fragments: [found.content_html] };
        }
        // A kind's feed holds its entries; the site's, the newest 20 of all (entries of today first).
        if (inScope) expect(item, `${path}: ${kind.key}`).toBeDefined();
        if (!item) continue;
        items += 1;
        if (item.title !== undefined) expect(item.title, path).toContain(title);
        fragments.push(...item.fragments.filter((f): f is string => Boolean(f)));
      }
      await expectText(path, fragments);
    }
    const changes = parseFeed(await (await page.request.get("/changes/feed.xml")).text());
    if (changes.format === "rss")
      await expectText(
        "/changes/feed.xml",
        (changes.feed.items ?? []).flatMap((i) =>
          [i.description, i.content?.encoded].filter((f): f is string => Boolean(f)),
        ),
      );

    // The CSV files: every cell as typed, none that a spreadsheet would run.
    const csvRows = [];
    for (const [file, key] of [
      ["/downloads/models.csv", "models"],
      ["/downloads/funding-rounds.csv", "funding"],
    ] as const) {
      const entry = shown.find((s) => s.kind.key === key)!;
      const table = parseCsv(await (await page.request.get(file)).text(), { bom: true }) as string[][];
      const row = table.find((cells) => cells.includes(String(entry.values.slug)));
      expect(row, file).toBeDefined();
      csvRows.push(row);
      expect(
        row!.filter((cell) => FORMULA_START.test(cell)),
        file,
      ).toEqual([]);
      const title = decoded(String(entry.values[entry.kind.titleField])).trim();
      expect(row, file).toContain(`'${title}`);
    }
    console.log(
      `Rendered as text: ${shown.length + 3} pages, ${FEEDS.length + 1} feeds (${items} items of the corpus), ${csvRows.length} CSV rows`,
    );

    // A refused edit in the browser: each message beside its field, everything typed still there,
    // and the saved entry as it was.
    const model = shown.find((s) => s.kind.key === "models")!;
    const before = await readRow(model.kind, model.id);
    await page.goto(`/admin/models/${model.id}`);
    const form = entryForm(page);
    await form.getByLabel("名称", { exact: true }).fill("长".repeat(201));
    await form.getByLabel("系列", { exact: true }).fill("系\u001b列");
    await form.getByLabel("修改说明", { exact: true }).fill(MARKUP[0].value);
    await form.getByRole("button", { name: "保存", exact: true }).click();
    await expect(form.getByLabel("名称", { exact: true })).toHaveAccessibleDescription(
      "名称不能超过 200 个字符",
    );
    await expect(form.getByLabel("系列", { exact: true })).toHaveAccessibleDescription(
      /含有不可见的控制字符/,
    );
    await expect(page.getByRole("main").getByRole("alert")).toContainText("系列");
    await expect(form.getByLabel("名称", { exact: true })).toHaveValue("长".repeat(201));
    await expect(form.getByLabel("系列", { exact: true })).toHaveValue("系\u001b列");
    await expect(form.getByLabel("修改说明", { exact: true })).toHaveValue(MARKUP[0].value);
    expect(await readRow(model.kind, model.id)).toBe(before);
    await expectText("/admin/models/[id] refused");
  } finally {
    await settleAll(shown.map(({ kind, id }) => deleteEntry(editor, kind, id)));
    await editor.api.dispose();
  }

  await log.report(testInfo, "admin accepted text");
  expect(traces).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(serverErrors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Forged requests: publish, delete and restore; bodies no form sends; the lists' query strings.

test("forged publish, delete and restore requests, bodies no form sends, and long query strings: refused, never 5xx", async ({
  playwright,
  baseURL,
}, testInfo) => {
  const log = new CaseLog();
  const editor = await newEditor(playwright, baseURL);
  const seeded = await readSeeded();
  const limit = limiter(3);
  const events = adminKinds.events;
  const run = `corpus-forged-${Date.now().toString(36)}`;
  let id: string | undefined;
  try {
    // A draft with a history of two versions, and an entry of another kind.
    id = await createEntry(editor, events, baseForm(events, run));
    const edit = { ...baseForm(events, run), _id: id, _version: "1", summary: "第二版" };
    expect((await post(editor.api, editor.save, edit, formPath(events, id))).outcome.redirect).toBeDefined();
    const revisions = await db().revision.findMany({ where: { entryId: id }, orderBy: { version: "asc" } });
    const revision = revisions[0].id;
    const other = seeded.entries.models;
    const before = await readRow(events, id);
    const otherBefore = await readRow(adminKinds.models, other.id);

    const target = { kind: "events", id, version: "2" };
    const forged: { action: string; page: string; payload: string; values: Fields }[] = [];
    const add = (action: string, page: string, payload: string, values: Fields) =>
      forged.push({ action, page, payload, values });
    const common = (action: string, page: string, name: string) => {
      add(action, page, `${name}: kind missing`, { ...target, kind: undefined });
      add(action, page, `${name}: kind of accounts`, { ...target, kind: "users" });
      add(action, page, `${name}: kind __proto__`, { ...target, kind: "__proto__" });
      add(action, page, `${name}: another kind's entry`, { ...target, id: other.id });
      add(action, page, `${name}: this entry as another kind`, { ...target, kind: "models" });
      add(action, page, `${name}: id missing`, { ...target, id: undefined });
      add(action, page, `${name}: unknown id`, { ...target, id: "no-such-entry" });
      add(action, page, `${name}: id of 65 characters`, { ...target, id: "x".repeat(65) });
      add(action, page, `${name}: markup id`, { ...target, id: MARKUP[0].value });
      add(action, page, `${name}: version missing`, { ...target, version: undefined });
      add(action, page, `${name}: stale version`, { ...target, version: "1" });
      add(action, page, `${name}: future version`, { ...target, version: "3" });
      add(action, page, `${name}: negative version`, { ...target, version: "-1" });
      add(action, page, `${name}: version not a number`, { ...target, version: "abc" });
      add(action, page, `${name}: huge version`, { ...target, version: "9".repeat(20) });
      add(action, page, `${name}: repeated id`, { ...target, id: [id!, other.id] });
    };
    const publish = (values: Fields) => ({ ...values, intent: values.intent ?? "publish" });
    common(editor.publish, "", "publish");
    for (const f of forged) if (f.action === editor.publish) f.values = publish(f.values);
    for (const intent of [undefined, "", "BOGUS", "__proto__", "PUBLISH"])
      add(editor.publish, "", `publish: intent ${intent ?? "missing"}`, { ...target, intent });
    for (const [name, at] of [
      ["missing", undefined],
      ["empty", ""],
      ["a word", "yesterday"],
      ["in the past", "2020-01-01T00:00"],
      ["out of range", "+275760-09-13T00:00"],
      ["year 99999", "99999-01-01T00:00"],
      ["markup", MARKUP[0].value],
      ["41 characters", "2".repeat(41)],
    ] as const)
      add(editor.publish, "", `schedule: time ${name}`, { ...target, intent: "schedule", publishAt: at });
    const deleteCount = forged.length;
    common(editor.remove, "/delete", "delete");
    for (const f of forged.slice(deleteCount)) f.values = { ...f.values, confirm: "yes" };
    for (const confirm of [undefined, "", "no", "YES", "on", "<b>yes</b>"])
      add(editor.remove, "/delete", `delete: confirmation ${confirm ?? "missing"}`, { ...target, confirm });
    const restoreCount = forged.length;
    common(editor.restore, "/history", "restore");
    for (const f of forged.slice(restoreCount)) f.values = { ...f.values, revisionId: revision };
    for (const [name, value] of [
      ["missing", undefined],
      ["unknown", "no-such-revision"],
      ["65 characters", "x".repeat(65)],
      ["markup", MARKUP[1].value],
      ["of one character", "x"],
    ] as const)
      add(editor.restore, "/history", `restore: revision ${name}`, { ...target, revisionId: value });

    await Promise.all(
      forged.map(({ action: actionId, page, payload, values }) =>
        limit(async () => {
          const answer = await post(editor.api, actionId, values, formPath(events, id, page));
          log.add({
            target: `admin ${payload.split(":")[0]} (forged)`,
            payload,
            status: answer.status,
            outcome: codeOutcome(answer),
            detail: JSON.stringify(answer.outcome).slice(0, 300),
          });
        }),
      ),
    );

    // A save with a way back or a publish no form sends: the entry is saved, and the answer leads
    // only to an admin form (the forged way back is dropped) or refuses with a message; never 5xx.
    const forgedSaves: [string, Fields][] = [
      [
        "way back: another site",
        { _return: "https://corpus.example.com/admin/funding/new", _returnField: "investors" },
      ],
      [
        "way back: protocol-relative",
        { _return: "//corpus.example.com/admin/funding/new", _returnField: "investors" },
      ],
      ["way back: a script", { _return: "javascript:alert(1)", _returnField: "investors" }],
      ["way back: out of the admin", { _return: "/admin/../api/v1/models", _returnField: "investors" }],
      ["way back: an account page", { _return: "/admin/users/new", _returnField: "investors" }],
      [
        "way back: 201 characters",
        { _return: `/admin/funding/${"x".repeat(186)}`, _returnField: "investors" },
      ],
      ["way back: markup field", { _return: "/admin/funding/new", _returnField: MARKUP[0].value }],
      ["way back: field without a way", { _returnField: "investors" }],
      ["publish: 0", { _publish: "0" }],
      ["publish: repeated", { _publish: ["1", "1"] }],
      ["publish: markup", { _publish: MARKUP[0].value }],
    ];
    const savedByForgery: string[] = [];
    await Promise.all(
      forgedSaves.map(([payload, extra], index) =>
        limit(async () => {
          const values = { ...baseForm(events, `${run}-save-${index}`), ...extra };
          const answer = await post(editor.api, editor.save, values, formPath(events));
          const redirect = answer.outcome.redirect;
          const saved = idFromRedirect(redirect);
          if (saved) savedByForgery.push(saved);
          log.add({
            target: "admin save (forged)",
            payload,
            status: answer.status,
            // Saved with the forged part ignored, or led elsewhere: then it counts as accepted.
            outcome: redirect
              ? /^\/admin\/events\/[^/?]+\?(created|published)=1$/.test(redirect)
                ? "ignored"
                : "accepted"
              : codeOutcome(answer),
            detail: JSON.stringify(answer.outcome).slice(0, 300),
          });
        }),
      ),
    );
    await settleAll(savedByForgery.map((saved) => deleteEntry(editor, events, saved)));

    // Bodies no form sends, and a query string no link has, to the save action.
    const save = editor.save;
    const raw = (
      payload: string,
      headers: Record<string, string>,
      data: string | Buffer,
      path = formPath(events),
    ) =>
      limit(async () => {
        const response = await editor.api.post(path, {
          headers: { "Next-Action": save, ...headers },
          data,
          maxRedirects: 0,
        });
        const answer = await answerOf(response);
        log.add({
          target: "admin save (body)",
          payload,
          status: answer.status,
          outcome: codeOutcome(answer),
        });
      });
    const form = `_1__kind=events&_1_title=${encodeURIComponent(MARKUP[0].value)}&0=${encodeURIComponent('[null,"$K1"]')}`;
    await Promise.all([
      raw("text/plain", { "Content-Type": "text/plain" }, MARKUP[0].value),
      raw(
        "JSON object",
        { "Content-Type": "application/json" },
        JSON.stringify({ _kind: "events", title: "x" }),
      ),
      raw(
        "JSON arguments",
        { "Content-Type": "application/json" },
        JSON.stringify([null, { _kind: "events" }]),
      ),
      raw("URL-encoded form", { "Content-Type": "application/x-www-form-urlencoded" }, form),
      raw("multipart without a boundary", { "Content-Type": "multipart/form-data" }, form),
      raw(
        "multipart cut short",
        { "Content-Type": "multipart/form-data; boundary=x" },
        '--x\r\nContent-Disposition: form-data; name="_1__kind"\r\n\r\nevents',
      ),
      raw("XML", { "Content-Type": "application/xml" }, `<?xml version="1.0"?><corpus-mark data-corpus/>`),
      raw("2 MB body", { "Content-Type": "text/plain" }, Buffer.alloc(2_000_000, 0x61)),
      raw("unknown action", { "Content-Type": "text/plain", "Next-Action": "0".repeat(42) }, "x"),
      raw(
        "markup action id",
        { "Content-Type": "text/plain", "Next-Action": MARKUP[0].value.replace(/[^\x20-\x7e]/g, "") },
        "x",
      ),
      raw(
        "8 KB query string",
        { "Content-Type": "text/plain" },
        "x",
        `${formPath(events)}?q=${"x".repeat(8_000)}`,
      ),
      raw(
        "64 KB query string",
        { "Content-Type": "text/plain" },
        "x",
        `${formPath(events)}?q=${"x".repeat(64_000)}`,
      ),
    ]);

    // Nothing changed: the draft, the other entry, and no entry was made.
    expect(await readRow(events, id)).toBe(before);
    expect(await readRow(adminKinds.models, other.id)).toBe(otherBefore);
    expect(await db().event.count({ where: { title: MARKUP[0].value } })).toBe(0);

    // Every kind's list: the first one's search, status, filter and paging with every query value
    // of the corpus, the others' search with the markup, undecodable and long ones (one page each).
    const reflected: string[] = [];
    const queries = [
      ...QUERY_VALUES.map((p) => ({ name: p.name, value: encodeURIComponent(p.value) })),
      ...RAW_QUERY_ESCAPES.map((p) => ({ name: `raw ${p.name}`, value: p.value })),
      { name: "8 KB", value: "x".repeat(8_000) },
    ];
    const few = queries.filter((q) =>
      ["markup", "script breakout", "raw invalid UTF-8", "8 KB"].includes(q.name),
    );
    await Promise.all(
      KINDS.flatMap((kind) =>
        ["q", "status", kind.filterField ?? "page", "page"].flatMap((parameter, index) =>
          index === 0 || kind === KINDS[0]
            ? (kind === KINDS[0] ? queries : few).map((q) =>
                limit(async () => {
                  const path = `/admin/${kind.key}?${parameter}=${q.value}`;
                  const response = await editor.api.get(path, { maxRedirects: 0 });
                  const html = await response.text();
                  if (
                    html.includes(`<${MARKUP_TRACE.element}`) ||
                    html.includes(`<script>window.${MARKUP_TRACE.global}`)
                  )
                    reflected.push(path);
                  const status = response.status();
                  log.add({
                    target: `admin list ?${index === 0 ? "q" : parameter}`,
                    payload: `${kind.key} ${q.name}`,
                    status,
                    outcome: status >= 500 ? "server-error" : status === 400 ? "refused-code" : "ignored",
                  });
                }),
              )
            : [],
        ),
      ),
    );
    expect(reflected).toEqual([]);
  } finally {
    if (id) await deleteEntry(editor, events, id);
    await editor.api.dispose();
  }

  await log.report(testInfo, "admin forged requests");
  expect(log.serverErrors()).toEqual([]);
  expect(log.records.filter((r) => r.outcome === "refused-unnamed" || r.outcome === "accepted")).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// The account forms.

/** Sends packed cases of an account form; returns how many requests it took. */
async function sendAccountCases(
  log: CaseLog,
  problems: Problem[],
  api: APIRequestContext,
  actionId: string,
  path: string,
  target: string,
  base: Fields,
  cases: readonly FieldCase[],
) {
  const limit = limiter(3);
  await Promise.all(
    packRequests(cases).map((request) =>
      limit(async () => {
        const values = { ...base, ...request.values };
        const answer = await post(api, actionId, values, path);
        for (const { case: c } of request.cases)
          log.add({
            target,
            payload: `${c.field} ${c.payload}`,
            status: answer.status,
            outcome: fieldOutcome(answer, c.field),
            detail: JSON.stringify(answer.outcome).slice(0, 300),
          });
        const lost = keptInput(answer, values);
        if (lost.length) problems.push({ target, payload: "form", problem: `not handed back: ${lost}` });
      }),
    ),
  );
}

/** Cases of one field of an account form, each a value (undefined: the input left out). */
const accountCases = (
  field: string,
  list: readonly [string, RawFieldValue | undefined][],
  stage: FieldCase["stage"] = "schema",
) => list.map(([payload, value]): FieldCase => ({ field, payload, values: { [field]: value }, stage }));

const invisibleIn = (make: (value: string) => string) =>
  INVISIBLE.map(
    ({ family, payload }) => [`${family}: ${payload.name}`, make(payload.value)] as [string, string],
  );

test("the account forms: a new user's name, email, role and password, signing in, and a password change", async ({
  browser,
  playwright,
  baseURL,
}, testInfo) => {
  const log = new CaseLog();
  const problems: Problem[] = [];
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // An address of the run's own, so that the sign-ins it fails on purpose throttle no one else.
  const address = `10.${(Date.now() >> 16) % 250}.${(Date.now() >> 8) % 250}.${Date.now() % 250}`;
  const headers = { "x-forwarded-for": address };
  const owner = await playwright.request.newContext({
    baseURL,
    storageState: OWNER.storageState,
    extraHTTPHeaders: headers,
  });
  const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
  const USERS = "app/admin/_actions/users.ts";
  const createUser = action(USERS, "createUserAction");
  const logIn = action("app/admin/_actions/session.ts", "logInAction");
  const changePassword = action("app/admin/_actions/own-password.ts", "changeOwnPasswordAction");
  const setUp = action("app/admin/_actions/setup.ts", "setUpFirstOwnerAction");
  const madeUsers: string[] = [];

  try {
    // A new user: every field's bad values, packed one per field per request.
    const newUser = {
      name: "语料用户",
      email: `corpus-${run}@e2e.example.com`,
      role: "EDITOR",
      password: "corpus-password-1234",
    };
    await sendAccountCases(log, problems, owner, createUser, "/admin/users", "account: new user", newUser, [
      ...accountCases("name", [
        ...oversized(100).map((p) => [`oversized: ${p.name}`, p.value] as [string, string]),
        ...invisibleIn((v) => `用户${v}`),
        ["empty", ""],
        ["spaces", "   "],
        ["missing", undefined],
        ["repeated input", ["甲", "乙"]],
      ]),
      ...accountCases("email", [
        ...MARKUP.slice(0, 3).map((p) => [`markup: ${p.name}`, `${p.value}@example.com`] as [string, string]),
        ...invisibleIn((v) => `corpus${v}@example.com`),
        ["255 characters", `${"a".repeat(243)}@example.com`],
        ["empty", ""],
        ["missing", undefined],
        ["not an address", "not-an-address"],
        ["javascript: address", BAD_URLS[0].value],
        ["repeated input", [`a-${run}@example.com`, `b-${run}@example.com`]],
      ]),
      ...accountCases("role", [
        ...BAD_OPTIONS.map((p) => [`option: ${p.name}`, p.value] as [string, string]),
        ["empty", ""],
        ["missing", undefined],
        ["repeated input", ["OWNER", "EDITOR"]],
      ]),
      ...accountCases("password", [
        ["11 characters", "x".repeat(11)],
        ["257 characters", "x".repeat(257)],
        ["empty", ""],
        ["missing", undefined],
        ["repeated input", ["corpus-password-1", "corpus-password-2"]],
      ]),
      ...accountCases("email", [["taken", OWNER.email]], "check"),
    ]);
    expect(await db().user.count({ where: { email: { contains: run } } })).toBe(0);

    // Names with markup are names: stored as typed, shown as text on the owner's pages.
    const names: string[] = [];
    for (const { value } of MARKUP) {
      if (names.length && `${names.at(-1)} ${value}`.length <= 100) names.push(`${names.pop()} ${value}`);
      else names.push(value);
    }
    for (const [index, name] of names.entries()) {
      const email = `corpus-${run}-${index}@e2e.example.com`;
      const answer = await post(owner, createUser, { ...newUser, name, email }, "/admin/users");
      const stored = await db().user.findUnique({ where: { email } });
      if (stored) madeUsers.push(stored.id);
      for (const p of MARKUP.filter((p) => name.includes(p.value)))
        log.add({
          target: "account: new user",
          payload: `name ${p.name}`,
          status: answer.status,
          outcome: answer.outcome.ok && stored?.name === name ? "accepted" : fieldOutcome(answer, "name"),
        });
    }
    const context = await browser.newContext({ baseURL, locale: "zh-CN", storageState: OWNER.storageState });
    const ownerPage = await context.newPage();
    for (const path of ["/admin/users", "/admin/audit"]) {
      await ownerPage.goto(path);
      expect(await markupTraces(ownerPage), path).toEqual(NO_TRACES);
    }
    expect(
      await ownerPage.goto("/admin/users").then(() => ownerPage.getByRole("main").innerText()),
    ).toContain(names[0]);
    await context.close();

    // Signing in, as anyone may: each field's bad values, then a wrong password.
    const user = { email: `corpus-${run}-0@e2e.example.com`, password: newUser.password };
    await sendAccountCases(log, problems, stranger, logIn, "/admin/login", "account: sign-in", user, [
      ...accountCases("email", [
        ...MARKUP.slice(0, 3).map((p) => [`markup: ${p.name}`, p.value] as [string, string]),
        ...invisibleIn((v) => `corpus${v}@example.com`),
        ["255 characters", `${"a".repeat(243)}@example.com`],
        ["empty", ""],
        ["missing", undefined],
      ]),
      ...accountCases("password", [
        ["257 characters", "x".repeat(257)],
        ["empty", ""],
        ["missing", undefined],
        ["repeated input", [user.password, user.password]],
      ]),
      // The second step's fields, sent without a code or with bad ones.
      ...accountCases("ticket", [
        ["201 characters", "x".repeat(201)],
        ["repeated input", ["a", "b"]],
      ]),
      ...accountCases("code", [
        ["33 characters", "1".repeat(33)],
        ["repeated input", ["123456", "654321"]],
      ]),
    ]);
    // A forged ticket with a code: refused as an expired step, never a session.
    const forged = await post(
      stranger,
      logIn,
      { email: user.email, ticket: "9999999999999.forged", code: "123456" },
      "/admin/login",
    );
    log.add({
      target: "account: sign-in",
      payload: "forged ticket",
      status: forged.status,
      outcome: codeOutcome(forged),
    });
    expect(forged.outcome.redirect).toBeUndefined();
    const wrong = await post(stranger, logIn, { ...user, password: "wrong-password-1234" }, "/admin/login");
    log.add({
      target: "account: sign-in",
      payload: "wrong password",
      status: wrong.status,
      outcome: codeOutcome(wrong),
    });
    const signedIn = await post(stranger, logIn, user, "/admin/login");
    expect(signedIn.outcome.redirect, JSON.stringify(signedIn)).toBe("/admin");

    // Changing one's own password (this user's own: it ends every session of theirs).
    const change = {
      currentPassword: user.password,
      newPassword: "corpus-new-password-1",
      newPasswordConfirmation: "corpus-new-password-1",
    };
    await sendAccountCases(
      log,
      problems,
      stranger,
      changePassword,
      "/admin/account",
      "account: own password",
      change,
      [
        ...accountCases("currentPassword", [
          ["257 characters", "x".repeat(257)],
          ["empty", ""],
          ["missing", undefined],
        ]),
        ...accountCases("newPassword", [
          ["11 characters", "x".repeat(11)],
          ["257 characters", "x".repeat(257)],
          ["empty", ""],
          ["missing", undefined],
          ["repeated input", [change.newPassword, change.newPassword]],
        ]),
        ...accountCases("newPasswordConfirmation", [["missing", undefined]]),
        ...accountCases("newPasswordConfirmation", [["different", "corpus-new-password-2"]], "check"),
        ...accountCases("currentPassword", [["wrong", "wrong-password-1234"]], "form"),
      ],
    );
    // Markup and control characters are a password's own business: accepted, and it works.
    const password = `${MARKUP[0].value}\u0000\u202e密码`;
    const changed = await post(
      stranger,
      changePassword,
      { ...change, newPassword: password, newPasswordConfirmation: password },
      "/admin/account",
    );
    log.add({
      target: "account: own password",
      payload: "newPassword markup and control characters",
      status: changed.status,
      outcome: changed.outcome.redirect ? "accepted" : fieldOutcome(changed, "newPassword"),
    });
    expect(changed.outcome.redirect).toBe("/admin/account?changed=1");
    const again = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
    expect((await post(again, logIn, { ...user, password }, "/admin/login")).outcome.redirect).toBe("/admin");
    await again.dispose();

    // The first owner's setup is closed: whatever it is sent.
    for (const [payload, values] of [
      [
        "a valid owner",
        {
          name: "攻击者",
          email: `setup-${run}@evil.example`,
          password: "an attacker's own passphrase",
          passwordConfirmation: "an attacker's own passphrase",
        },
      ],
      ["markup", { name: MARKUP[0].value, email: MARKUP[1].value, password: MARKUP[2].value }],
      ["nothing", {}],
    ] as const) {
      const answer = await post(stranger, setUp, values, "/admin/setup");
      log.add({ target: "account: setup", payload, status: answer.status, outcome: codeOutcome(answer) });
    }
  } finally {
    // Users cannot be deleted: the run's own are disabled.
    const disable = action(USERS, "disableUserAction");
    for (const userId of madeUsers) await post(owner, disable, { userId }, "/admin/users");
    await owner.dispose();
    await stranger.dispose();
  }

  await log.report(testInfo, "admin account forms");
  expect(log.serverErrors()).toEqual([]);
  expect(log.records.filter((r) => r.outcome === "refused-unnamed")).toEqual([]);
  expect(problems).toEqual([]);
});
