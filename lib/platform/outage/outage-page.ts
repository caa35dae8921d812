import { escapeHtml } from "@/lib/format/escape-html";
import { t } from "@/lib/i18n";

/**
 * The page a reader gets, with 503, for a page while the database is out of reach
 * (lib/platform/outage/outage-response.ts). A document of its own, made once when first needed:
 * nothing in it reads data, and it shows in full without JavaScript or the site's stylesheet. "Retry" loads the same address again.
 */
export function outagePageHtml(): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(t.htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${t.unavailable.title} · ${t.site.name}`)}</title>
<style>
body{margin:0;color:#1c1917;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.6}
header>div,main{max-width:64rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid #e7e5e4}
header a{color:#1c1917;font-weight:700;font-size:1.125rem;text-decoration:none}
h1{font-size:1.875rem;margin:2rem 0 .75rem}
p{color:#57534e}
a{color:#c2410c}
</style>
</head>
<body>
<header><div><a href="/">${escapeHtml(t.site.name)}</a></div></header>
<main id="main">
<h1>${escapeHtml(t.unavailable.title)}</h1>
<p>${escapeHtml(t.unavailable.body)}</p>
<p><a href="">${escapeHtml(t.unavailable.retry)}</a> · <a href="/">${escapeHtml(t.unavailable.home)}</a></p>
</main>
</body>
</html>
`;
}
