import { renderMarkdown } from "@/lib/markdown";

/** Markdown rendered on the server through the sanitizer in lib/markdown. */
export function Prose({ markdown, className = "" }: { markdown: string; className?: string }) {
  if (!markdown.trim()) return null;
  return (
    <div className={`prose-zh ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />
  );
}
