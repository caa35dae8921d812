// The zod schemas every way of changing users goes through (forms, actions, the CLI).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZLogInRequestSchema } from "@/lib/auth/log-in-request";
import { ZChangeOwnPasswordRequestSchema } from "@/lib/users/change-own-password";
import { ZChangeUserRoleRequestSchema } from "@/lib/users/change-user-role";
import { ZCreateFirstOwnerRequestSchema } from "@/lib/users/create-first-owner";
import { ZCreateUserRequestSchema } from "@/lib/users/create-user";
import { ZResetUserPasswordRequestSchema } from "@/lib/users/reset-user-password";

const fieldErrors = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

const valid = {
  name: " 王小明 ",
  email: " Wang@Example.COM ",
  role: "EDITOR",
  password: "plum harbor lantern",
};

describe("ZCreateUserRequestSchema", () => {
  it("trims the name and normalises the email to lower case", () => {
    expect(ZCreateUserRequestSchema.parse(valid)).toEqual({
      name: "王小明",
      email: "wang@example.com",
      role: "EDITOR",
      password: "plum harbor lantern",
    });
  });

  it("refuses short passwords, bad emails, empty names and unknown roles, in Chinese, per field", () => {
    expect(
      fieldErrors(ZCreateUserRequestSchema, {
        name: "  ",
        email: "not-an-email",
        role: "ADMIN",
        password: "a".repeat(11),
      }),
    ).toEqual({
      name: ["请输入姓名"],
      email: ["请输入有效的邮箱地址"],
      role: ["请选择角色"],
      password: ["密码至少需要 12 个字符"],
    });
  });

  it("refuses missing fields (a hand-made POST) without throwing", () => {
    expect(Object.keys(fieldErrors(ZCreateUserRequestSchema, {})).sort()).toEqual([
      "email",
      "name",
      "password",
      "role",
    ]);
  });

  it("refuses control characters and direction overrides in the name, beside it", () => {
    for (const name of ["王\u0000小明", "王\u001b[31m小明", "王小明\u202e", "王\ufeff小明"]) {
      expect(fieldErrors(ZCreateUserRequestSchema, { ...valid, name }).name).toEqual([
        "姓名含有不可见的控制字符，请删除后再保存",
      ]);
    }
  });

  it("caps the password and name lengths", () => {
    expect(fieldErrors(ZCreateUserRequestSchema, { ...valid, password: "a".repeat(257) }).password).toEqual([
      "密码不能超过 256 个字符",
    ]);
    expect(fieldErrors(ZCreateUserRequestSchema, { ...valid, name: "名".repeat(101) }).name).toEqual([
      "姓名不能超过 100 个字符",
    ]);
  });
});

describe("password confirmations", () => {
  it("must match on the setup form", () => {
    const input = {
      name: "A",
      email: "a@example.com",
      password: "plum harbor lantern",
      passwordConfirmation: "plum harbor lanterns",
    };
    expect(fieldErrors(ZCreateFirstOwnerRequestSchema, input)).toEqual({
      passwordConfirmation: ["两次输入的密码不一致"],
    });
    expect(
      ZCreateFirstOwnerRequestSchema.safeParse({ ...input, passwordConfirmation: input.password }).success,
    ).toBe(true);
  });

  it("must match when changing one's own password, and the current one is required", () => {
    expect(
      fieldErrors(ZChangeOwnPasswordRequestSchema, {
        currentPassword: "",
        newPassword: "quiet orchard signal",
        newPasswordConfirmation: "quiet orchard signals",
      }),
    ).toEqual({ currentPassword: ["请输入密码"], newPasswordConfirmation: ["两次输入的密码不一致"] });
  });
});

describe("new passwords", () => {
  it("refuse what attackers try first: common, patterned or repeated passwords", () => {
    for (const password of ["password2024!", "aaaaaaaaaaaa", "123456789012", "qwertyuiopas"])
      expect(fieldErrors(ZResetUserPasswordRequestSchema, { userId: "u1", password }), password).toEqual({
        password: ["这个密码太常见或太有规律，很容易被猜到，请换一个（例如几个不相关的词连在一起）"],
      });
  });

  it("refuse the current password as the new one", () => {
    const password = "quiet orchard signal";
    expect(
      fieldErrors(ZChangeOwnPasswordRequestSchema, {
        currentPassword: password,
        newPassword: password,
        newPasswordConfirmation: password,
      }),
    ).toEqual({ newPassword: ["新密码不能与当前密码相同"] });
  });
});

describe("the other operations", () => {
  it("need a user id and a known role to change a role", () => {
    expect(ZChangeUserRoleRequestSchema.safeParse({ userId: "u1", role: "OWNER" }).success).toBe(true);
    expect(
      Object.keys(fieldErrors(ZChangeUserRoleRequestSchema, { userId: "", role: "owner" })).sort(),
    ).toEqual(["role", "userId"]);
  });

  it("apply the password policy to a reset", () => {
    expect(fieldErrors(ZResetUserPasswordRequestSchema, { userId: "u1", password: "short" })).toEqual({
      password: ["密码至少需要 12 个字符"],
    });
  });

  it("sign in with any non-empty password (the policy is for new ones) and a normalised email", () => {
    expect(ZLogInRequestSchema.parse({ email: "A@B.CO ", password: "x" })).toEqual({
      email: "a@b.co",
      password: "x",
    });
    expect(fieldErrors(ZLogInRequestSchema, { email: "a@b.co", password: "" })).toEqual({
      password: ["请输入密码"],
    });
  });
});
