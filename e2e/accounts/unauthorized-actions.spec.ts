// The attacker's journey: every server action of the built app is a public POST endpoint, so
// each one is posted without a session (and the owner's ones with an editor's session) and
// must refuse, changing nothing. The list comes from the build's manifest, so an action added
// later is covered without anyone remembering to add it here.
import { expect, test, type APIRequestContext } from "../fixtures/test";
import { EDITOR, OWNER } from "../fixtures/auth";
import { readUsers, tablesHolding } from "../fixtures/e2e-database";
import {
  actionOutcome,
  listServerActions,
  postAction,
  type ServerActionInfo,
} from "../fixtures/server-actions";

/**
 * Actions that legitimately run without a session, why, and what they must answer a stranger
 * (once the shared accounts exist). Anything else must refuse with UNAUTHENTICATED.
 */
const WITHOUT_SESSION: Record<
  string,
  { why: string; fields: Record<string, string>; expected: { code?: string; redirect?: string } }
> = {
  "app/admin/_actions/session.ts#logInAction": {
    why: "the login form itself; every attempt is throttled and audited by the credentials provider",
    fields: {},
    expected: { code: "INVALID" },
  },
  "app/admin/_actions/session.ts#logOutAction": {
    why: "ends the caller's own sessions; without one it only clears cookies and goes to the login page",
    fields: {},
    expected: { redirect: "/admin/login" },
  },
  "app/_actions/report-error.ts#reportErrorAction": {
    why: "a reader's report of an error, to the editors' queue only: validated and rate-limited",
    fields: {},
    expected: { code: "INVALID" },
  },
  "app/admin/_actions/setup.ts#setUpFirstOwnerAction": {
    why: "makes the first owner of an empty site; refused as soon as any user exists",
    fields: {
      name: "attacker",
      email: "setup-attacker@evil.example",
      password: "an attacker's own passphrase",
      passwordConfirmation: "an attacker's own passphrase",
    },
    expected: { code: "REFUSED" },
  },
};

/** Owner-only actions; named so that a rename or a role mistake fails here. */
const OWNER_ONLY = [
  "createUserAction",
  "changeUserRoleAction",
  "disableUserAction",
  "enableUserAction",
  "resetUserPasswordAction",
  "resetTwoFactorAction",
  "setTwoFactorPolicyAction",
].map((name) => `app/admin/_actions/users.ts#${name}`);

/**
 * Editors' actions that make the server send requests elsewhere (a check of the sources' links
 * fetches them): named so that the manifest is seen to hold them, and so refuse a stranger below.
 */
const EDITOR_OUTBOUND = ["app/admin/_actions/source-links.ts#checkSourceLinksAction"];

const keyOf = (action: ServerActionInfo) => `${action.filename}#${action.exportedName}`;

/** What an attack would change first: the shared accounts (no journey may touch them). */
const sharedAccounts = () => readUsers([EDITOR.email, OWNER.email]);

/** A form an unguarded action would act on: aimed at the shared editor, marked to be found. */
function hostileFields(marker: string, editorId: string): Record<string, string> {
  const password = `${marker}-password`;
  return {
    id: editorId,
    userId: editorId,
    entryId: editorId,
    kind: "models",
    role: "OWNER",
    name: marker,
    title: marker,
    slug: marker,
    email: `${marker}@evil.example`,
    summary: marker,
    status: "PUBLISHED",
    password,
    passwordConfirmation: password,
    currentPassword: EDITOR.password,
    newPassword: password,
    newPasswordConfirmation: password,
    code: "123456",
    ticket: `${Date.now() + 60_000}.forged`,
    required: "true",
  };
}

async function postEvery(
  request: APIRequestContext,
  actions: ServerActionInfo[],
  fieldsOf: (a: ServerActionInfo) => Record<string, string>,
) {
  const outcomes: Record<string, Awaited<ReturnType<typeof actionOutcome>> & { status: number }> = {};
  for (const action of actions) {
    const response = await postAction(request, action.id, { fields: fieldsOf(action) });
    outcomes[keyOf(action)] = { status: response.status(), ...(await actionOutcome(response)) };
  }
  return outcomes;
}

test("every server action refuses a caller without a session, and nothing changes", async ({
  playwright,
  baseURL,
}) => {
  const actions = listServerActions();
  const keys = actions.map(keyOf);
  // The manifest is the build's: it must hold the actions this test knows by name.
  expect(keys).toEqual(
    expect.arrayContaining([...Object.keys(WITHOUT_SESSION), ...OWNER_ONLY, ...EDITOR_OUTBOUND]),
  );

  const before = await sharedAccounts();
  expect(before).toHaveLength(2);
  const editorId = before.find((u) => u.email === EDITOR.email)!.id;
  const marker = `attack-${Date.now().toString(36)}`;

  const stranger = await playwright.request.newContext({ baseURL });
  const outcomes = await postEvery(
    stranger,
    actions,
    (action) => WITHOUT_SESSION[keyOf(action)]?.fields ?? hostileFields(marker, editorId),
  );
  await stranger.dispose();

  // The forms did arrive (the setup refusal hands back the email it was sent).
  expect(outcomes["app/admin/_actions/setup.ts#setUpFirstOwnerAction"]?.values).toMatchObject({
    email: "setup-attacker@evil.example",
  });

  const unexpected = Object.entries(outcomes).filter(([key, outcome]) => {
    const allowed = WITHOUT_SESSION[key];
    if (allowed) {
      return allowed.expected.redirect
        ? outcome.redirect !== allowed.expected.redirect
        : outcome.code !== allowed.expected.code;
    }
    return outcome.code !== "UNAUTHENTICATED" && outcome.redirect !== "/admin/login";
  });
  expect(unexpected, `actions that did not refuse:\n${JSON.stringify(unexpected, null, 2)}`).toEqual([]);

  expect(await sharedAccounts()).toEqual(before);
  expect(await tablesHolding(marker)).toEqual([]);
  expect(await tablesHolding("setup-attacker@evil.example")).toEqual([]);
});

test("a server action posted from another site is refused with 403, not an error", async ({
  playwright,
  baseURL,
}) => {
  const report = listServerActions().find(
    (a) => keyOf(a) === "app/_actions/report-error.ts#reportErrorAction",
  )!;
  const stranger = await playwright.request.newContext({ baseURL });
  const fields = { message: "来自别处的报告", sourceUrl: "https://evil.example/" };
  for (const origin of ["https://evil.example", "null", `http://elsewhere.${new URL(baseURL!).host}`]) {
    const response = await postAction(stranger, report.id, {
      path: "/report",
      fields,
      headers: { Origin: origin },
    });
    expect(response.status(), origin).toBe(403);
  }
  // From the site itself, the same post reaches the action (which answers as it does any reader).
  const own = await postAction(stranger, report.id, {
    path: "/report",
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(own.status()).toBe(200);
  expect((await actionOutcome(own)).code).toBe("INVALID");
  await stranger.dispose();
});

test("the owner's actions refuse an editor's session with FORBIDDEN, and nothing changes", async ({
  playwright,
  baseURL,
}) => {
  const ownerOnly = listServerActions().filter((action) => OWNER_ONLY.includes(keyOf(action)));
  expect(ownerOnly.map(keyOf).sort()).toEqual([...OWNER_ONLY].sort());

  const before = await sharedAccounts();
  const editorId = before.find((u) => u.email === EDITOR.email)!.id;
  const marker = `editor-attack-${Date.now().toString(36)}`;

  const editor = await playwright.request.newContext({ baseURL, storageState: EDITOR.storageState });
  const outcomes = await postEvery(editor, ownerOnly, () => hostileFields(marker, editorId));
  await editor.dispose();

  expect(Object.fromEntries(Object.entries(outcomes).map(([key, o]) => [key, o.code]))).toEqual(
    Object.fromEntries(OWNER_ONLY.map((key) => [key, "FORBIDDEN"])),
  );
  expect(await sharedAccounts()).toEqual(before);
  expect(await tablesHolding(marker)).toEqual([]);
});
