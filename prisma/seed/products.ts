// Products, in display order (position = index).
import { inMonth, onDay } from "./dates";
import type { SeedProduct } from "./types";

export const products = [
  {
    slug: "le-chat",
    name: "Le Chat",
    category: "ASSISTANT",
    platforms: "Web、iOS、Android",
    launched: onDay("2025-02-06"),
    summary:
      "Mistral AI 的聊天助手，ChatGPT 的替代品，现在也已在 iOS 和 Android 上提供。在移动版本发布后的两周内，它达到了 100 万次下载，甚至在 iOS App Store 上占据了法国免费下载榜首。Le Chat 的 Pro 计划于 2025 年 2 月推出，定价为每月 14.99 美元；Mistral AI 计划从 Le Chat 的付费层级中获得一些收入。",
    price: { minor: 1499n, currency: "USD", period: "month" },
    citations: [
      { source: "tc-le-chat-mobile-apps", claim: "Le Chat 在 iOS 和 Android 上提供" },
      { source: "tc-le-chat-mobile-apps", claim: "Pro 计划定价为每月 14.99 美元" },
      { source: "tc-le-chat-1m-downloads", claim: "14 天内下载量突破 100 万次" },
      { source: "tc-afp-deal", claim: "Le Chat 可查询法新社的文本档案，提供最新的答案" },
    ],
  },
  {
    slug: "mistral-api",
    name: "Mistral AI API",
    category: "API",
    platforms: "API",
    launched: onDay("2024-09-17"),
    summary:
      "在纯粹的 B2B 方面，Mistral AI 通过基于使用量的定价的 API 将其顶级模型货币化；企业还可以许可这些模型。2024 年 9 月起，API 提供免费层级，供开发者测试其 AI 模型。",
    price: null,
    citations: [
      { source: "tc-free-tier", claim: "为开发者推出测试 AI 模型的免费层级" },
      { source: "mistral-docs-models-overview", claim: "通过 API 提供的模型" },
    ],
  },
  {
    slug: "mistral-ocr",
    name: "Mistral OCR",
    category: "DOCUMENT_AI",
    platforms: "API",
    launched: inMonth("2025-03"),
    summary:
      "2025 年 3 月推出的光学字符识别 (OCR) API，可以将任何 PDF 转换为文本文件，以便 AI 模型更易于提取信息。",
    price: null,
    citations: [
      { source: "tc-mistral-ocr", claim: "新的 OCR API 可将任何 PDF 文档转换为适合 AI 的 Markdown 文件" },
    ],
  },
] as const satisfies readonly SeedProduct[];
