"use client";

import { Fragment, useState } from "react";
import { controlClass } from "@/components/admin/ui";
import type { Option } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

const f = t.admin.form;

export interface OptionGroup {
  /** The group's heading in the list (an optgroup); none for a plain list. */
  label?: string;
  options: Option[];
}

/**
 * A select with a box that narrows its options to those whose name contains what is typed (any
 * case), for long lists such as the sources. The chosen option always stays; without JavaScript
 * it is a plain select with every option.
 */
export function FilterableSelect({
  name,
  label,
  value,
  groups,
  empty,
  className = "",
}: {
  name: string;
  /** The select's accessible name; the box is named after it. */
  label: string;
  value: string;
  groups: OptionGroup[];
  empty: string;
  className?: string;
}) {
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(value);
  const words = query.trim().toLowerCase();
  const matches = (option: Option) => option.value === selected || option.label.toLowerCase().includes(words);
  const shown = groups
    .map((group) => ({ ...group, options: words ? group.options.filter(matches) : group.options }))
    .filter((group) => group.options.length);
  const known = groups.some((group) => group.options.some((option) => option.value === selected));
  const optionsOf = (options: Option[]) =>
    options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));

  return (
    <span className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <input
        type="search"
        aria-label={f.filterOptions(label)}
        placeholder={f.filterPlaceholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className={`${controlClass} text-sm`}
      />
      <select
        aria-label={label}
        name={name}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        className={controlClass}
      >
        <option value="">{empty}</option>
        {shown.map((group, index) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {optionsOf(group.options)}
            </optgroup>
          ) : (
            <Fragment key={index}>{optionsOf(group.options)}</Fragment>
          ),
        )}
        {selected && !known ? <option value={selected}>{f.invalidOption(selected)}</option> : null}
      </select>
    </span>
  );
}
