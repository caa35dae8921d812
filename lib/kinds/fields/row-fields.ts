import type { Field } from "@/lib/kinds/fields/field";
import { parseStatusCell, rowsSchema, statusValue } from "@/lib/kinds/fields/row-cells";
import { pickRows, rowsToValues } from "@/lib/kinds/fields/rows";
import { type ClaimStatus, claimStatusLabel } from "@/lib/claims/claim-status";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { t } from "@/lib/i18n";
import type { EntryKind } from "@/lib/kinds";

const e = t.admin.errors;
const f = t.admin.form;
const CLAIM_MAX = 300;

export interface InvestorValue {
  organizationId: string | null;
  personId: string | null;
  isLead: boolean;
}

const INVESTOR_CELLS = ["ref", "lead"] as const;

/**
 * A round's investors, in order: each row an organization or a person ("organization:<id>" or
 * "person:<id>") and whether it led. Rows left empty are ignored.
 */
export function investorsField(name = "investors", label = t.fields.investors): Field<InvestorValue[]> {
  return {
    name,
    label,
    ui: { type: "investors", name, label },
    schema: rowsSchema(label, INVESTOR_CELLS).transform((rows, ctx) => {
      const seen = new Set<string>();
      const investors: InvestorValue[] = [];
      rows.forEach((row, index) => {
        const ref = row.ref.trim();
        if (ref === "") return;
        const match = /^(organization|person):([\w-]{1,64})$/.exec(ref);
        if (!match)
          return ctx.addIssue({ code: "custom", message: `${f.row(index + 1)}：${e.referenceMissing}` });
        if (seen.has(ref)) return ctx.addIssue({ code: "custom", message: e.duplicateRow(index + 1) });
        seen.add(ref);
        investors.push({
          organizationId: match[1] === "organization" ? match[2] : null,
          personId: match[1] === "person" ? match[2] : null,
          isLead: row.lead === "on",
        });
      });
      return investors;
    }),
    pick: (values) => pickRows(values, name, INVESTOR_CELLS),
    toValues: (snapshot) =>
      rowsToValues(
        name,
        ((snapshot[name] as InvestorValue[] | undefined) ?? []).map((investor) => ({
          ref: investor.organizationId
            ? `organization:${investor.organizationId}`
            : `person:${investor.personId}`,
          lead: investor.isLead ? "on" : "",
        })),
      ),
    load: async (db, roundId) => ({
      [name]: await db.roundInvestor.findMany({
        where: { roundId },
        orderBy: { position: "asc" },
        select: { organizationId: true, personId: true, isLead: true },
      }),
    }),
    write: async (db, roundId, investors) => {
      await db.roundInvestor.deleteMany({ where: { roundId } });
      await db.roundInvestor.createMany({
        data: investors.map((investor, position) => ({ roundId, ...investor, position })),
      });
    },
    targets: ["organizations", "people"],
    referencedIds: (investors) => [
      {
        target: "organizations",
        ids: investors.flatMap((i) => (i.organizationId ? [i.organizationId] : [])),
      },
      { target: "people", ids: investors.flatMap((i) => (i.personId ? [i.personId] : [])) },
    ],
    findReferrers: async (db, _owner, target, id) => {
      if (target !== "organizations" && target !== "people") return [];
      const column = target === "organizations" ? "organizationId" : "personId";
      const rows = await db.roundInvestor.findMany({
        where: { [column]: id ?? { not: null } },
        select: { roundId: true, [column]: true },
      });
      return rows.map((row) => ({ referrerId: row.roundId, targetId: String(row[column]) }));
    },
    describe: (values, names) =>
      pickRows(values, name, INVESTOR_CELLS)
        .flatMap((row) => {
          const [kind, id] = String(row.ref).split(":");
          if (!id) return [];
          const title = names(kind === "person" ? "people" : "organizations", id);
          if (title === null) return [];
          return [row.lead === "on" ? `${title}（${f.lead}）` : title];
        })
        .join("、"),
  };
}

export interface CitationValue {
  sourceId: string;
  claim: string;
  status: ClaimStatus;
}

const CITATION_CELLS = ["source", "claim", "status"] as const;

/** The sources an entry cites, in order, each optionally for one claim, each with its status. */
export function citationsField(subjectType: EntryKind, name = "citations"): Field<CitationValue[]> {
  const label = t.fields.citations;
  return {
    name,
    label,
    ui: { type: "citations", name, label, help: t.fields.citationsHelp },
    schema: rowsSchema(label, CITATION_CELLS).transform((rows, ctx) => {
      const seen = new Set<string>();
      const citations: CitationValue[] = [];
      rows.forEach((row, index) => {
        const sourceId = row.source.trim();
        const claim = row.claim.trim();
        // A status alone is a blank row: the form's empty rows only have their select.
        if (sourceId === "" && claim === "") return;
        if (sourceId === "") return ctx.addIssue({ code: "custom", message: e.rowSourceMissing(index + 1) });
        if (sourceId.length > 64) {
          return ctx.addIssue({ code: "custom", message: `${f.row(index + 1)}：${e.referenceMissing}` });
        }
        if (claim.length > CLAIM_MAX) {
          return ctx.addIssue({
            code: "custom",
            message: `${f.row(index + 1)}：${e.tooLong(f.claim, CLAIM_MAX)}`,
          });
        }
        // Shown on the public pages and in the feeds, like any text field's value.
        if (CONTROL_CHARACTERS.test(claim)) {
          return ctx.addIssue({ code: "custom", message: `${f.row(index + 1)}：${e.control(f.claim)}` });
        }
        const status = parseStatusCell(row.status, index, ctx);
        if (status === null) return;
        const key = JSON.stringify([sourceId, claim]);
        if (seen.has(key)) return ctx.addIssue({ code: "custom", message: e.duplicateRow(index + 1) });
        seen.add(key);
        citations.push({ sourceId, claim, status });
      });
      return citations;
    }),
    pick: (values) => pickRows(values, name, CITATION_CELLS),
    toValues: (snapshot) =>
      rowsToValues(
        name,
        ((snapshot[name] as CitationValue[] | undefined) ?? []).map((c) => ({
          source: c.sourceId,
          claim: c.claim,
          status: statusValue(c.status),
        })),
      ),
    load: async (db, subjectId) => ({
      [name]: await db.citation.findMany({
        where: { subjectType, subjectId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { sourceId: true, claim: true, status: true },
      }),
    }),
    write: async (db, subjectId, citations) => {
      await db.citation.deleteMany({ where: { subjectType, subjectId } });
      await db.citation.createMany({
        data: citations.map((c, position) => ({ subjectType, subjectId, ...c, position })),
      });
    },
    targets: ["sources"],
    referencedIds: (citations) => [{ target: "sources", ids: citations.map((c) => c.sourceId) }],
    findReferrers: async (db, _owner, target, sourceId) =>
      target === "sources"
        ? (
            await db.citation.findMany({
              where: { sourceId, subjectType },
              select: { subjectId: true, sourceId: true },
            })
          ).map((c) => ({ referrerId: c.subjectId, targetId: c.sourceId }))
        : [],
    describe: (values, names) =>
      pickRows(values, name, CITATION_CELLS)
        .flatMap((row) => {
          const source = row.source ? names("sources", String(row.source)) : null;
          if (source === null) return [];
          const status = statusValue(row.status);
          const said = row.claim ? `${row.claim}，${claimStatusLabel(status)}` : claimStatusLabel(status);
          return [`${source}（${said}）`];
        })
        .join("；"),
  };
}
