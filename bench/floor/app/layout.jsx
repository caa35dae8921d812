import Link from "next/link";

// The framework's floor (README "Measuring"): the least an App Router page of this Next.js and
// React can ship. No CSS, no client components of its own; rendered per request, as the site's
// pages are.
export const dynamic = "force-dynamic";

export const metadata = {
  title: "基线页面",
  description: "用来测量框架本身开销的最小页面：一个布局、三十个短段落和三个链接。",
};

export default function FloorLayout({ children }) {
  return (
    <html lang="zh-CN">
      <body>
        <nav aria-label="导航">
          <Link href="/">首页</Link> · <Link href="/second">第二页</Link> · <Link href="/third">第三页</Link>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
