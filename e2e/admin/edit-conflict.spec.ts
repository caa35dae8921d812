// Two editors open the same entry; the one who saves second is refused with who saved and
// when, keeps everything typed, can read the other change in the history, and may then
// overwrite knowingly. Nothing is overwritten silently.
import { expect, test } from "../fixtures/test";
import { entryForm, saveEntry, uniqueSlug } from "../fixtures/admin";
import { EDITOR, OWNER } from "../fixtures/auth";

test("the second save of a stale version gets the conflict, with its input kept", async ({
  browser,
  baseURL,
}) => {
  const open = async (storageState: string) =>
    (await browser.newContext({ baseURL, locale: "zh-CN", storageState })).newPage();
  const owner = await open(OWNER.storageState);
  const editor = await open(EDITOR.storageState);

  const run = uniqueSlug("c");
  await owner.goto("/admin/people/new");
  const ownerForm = entryForm(owner);
  await ownerForm.getByLabel("名称", { exact: true }).fill(`冲突测试 ${run}`);
  await ownerForm.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await ownerForm.getByLabel("类别", { exact: true }).selectOption({ label: "顾问" });
  const path = await saveEntry(owner);

  // Both have version 1 open; the owner saves first.
  await editor.goto(path);
  const editorForm = entryForm(editor);
  await ownerForm.getByLabel("职务", { exact: true }).fill("董事会观察员");
  await saveEntry(owner, "保存");

  await editorForm.getByLabel("名称", { exact: true }).fill(`编辑改的名字 ${run}`);
  await editorForm.getByLabel("职务", { exact: true }).fill("首席顾问");
  await editorForm.getByLabel("背景（Markdown）", { exact: true }).fill("编辑写的背景。");
  await editorForm.getByRole("button", { name: "保存", exact: true }).click();

  const alert = editor.getByRole("main").getByRole("alert");
  await expect(alert).toContainText(`${OWNER.name}已于`);
  await expect(alert).toContainText("现为第 2 版");
  await expect(alert).toContainText("你的输入仍保留在下方");
  await expect(editorForm.getByLabel("名称", { exact: true })).toHaveValue(`编辑改的名字 ${run}`);
  await expect(editorForm.getByLabel("职务", { exact: true })).toHaveValue("首席顾问");
  await expect(editorForm.getByLabel("背景（Markdown）", { exact: true })).toHaveValue("编辑写的背景。");

  // The history shows the other change…
  const history = await editor.context().newPage();
  await history.goto((await alert.getByRole("link", { name: "查看历史与改动" }).getAttribute("href")) ?? "");
  const ownerChange = history.getByRole("article", { name: "第 2 版 · 修改" });
  await expect(ownerChange).toContainText(OWNER.name);
  await expect(ownerChange.getByRole("row", { name: /职务/ }).getByRole("cell").nth(1)).toHaveText(
    "董事会观察员",
  );

  // …and only an explicit choice replaces it.
  await alert.getByRole("button", { name: "仍然保存（覆盖第 2 版）" }).click();
  await expect(editor.getByRole("status")).toHaveText("已保存。");
  await expect(editor.getByText("第 3 版")).toBeVisible();
  await expect(entryForm(editor).getByLabel("职务", { exact: true })).toHaveValue("首席顾问");
});
