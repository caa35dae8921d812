/** Strings of sign-in, setup, users and the audit log, in Chinese. */
export const zhAccounts = {
  logout: "退出登录",
  users: "用户",
  audit: "审计日志",
} as const;
