/** A link to a data file, near a page's header; `download` saves it rather than opening it. */
export function DownloadLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mt-3 text-sm">
      <a href={href} download className="underline">
        {label}
      </a>
    </p>
  );
}
