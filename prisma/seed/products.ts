// Products, in display order (position = index). The story dates none of their launches but
// Mistral OCR's: Le Chat is "now also" on iOS and Android (not launched then), and the free tier
// it links to is undated.
import { inMonth } from "./dates";
import type { SeedProduct } from "./types";

export const products = [
  {
    slug: "le-chat",
    name: "Le Chat",
    category: "ASSISTANT",
    platforms: "iOS、Android",
    launched: null,
    summary:
      "Mistral AI 的聊天助手，ChatGPT 的替代品，现在也已在 iOS 和 Android 上提供。在移动版本发布后的两周内，它达到了 100 万次下载，甚至在 iOS App Store 上占据了法国免费下载榜首。Le Chat 的 Pro 计划于 2025 年 2 月推出，定价为每月 14.99 美元；Mistral AI 计划从 Le Chat 的付费层级中获得一些收入。",
    // The story prices the Pro plan, not Le Chat: "Le Chat 的 Pro 计划……定价为每月 14.99 美元". The
    // figure is told, with its "每月", in the Pro plan's event (le-chat-pro-plan: its title and
    // summary; an event's amount field would drop the "每月"); the product's price is unstated.
    price: null,
    // The Pro plan's sentence has no link in the story.
    citations: [
      { source: "tc-le-chat-mobile-apps", claim: "聊天助手 Le Chat，现在也已在 iOS 和 Android 上提供" },
      { source: "tc-le-chat-1m-downloads", claim: "在移动版本发布后的两周内，它达到了 100 万次下载" },
    ],
  },
  {
    slug: "mistral-api",
    // The story's own words for it; it names no product.
    name: "基于使用量的定价的 API",
    category: "API",
    platforms: "API",
    launched: null,
    summary:
      "在纯粹的 B2B 方面，Mistral AI 通过基于使用量的定价的 API 将其顶级模型货币化；企业还可以许可这些模型。",
    price: null,
    // The B2B sentence has no link in the story. The free tier it links is of Mistral AI's
    // products in general, not of this API: it is on Mistral AI's page.
    citations: [],
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
    citations: [{ source: "tc-mistral-ocr", claim: "2025 年 3 月，该公司推出了 Mistral OCR" }],
  },
] as const satisfies readonly SeedProduct[];
