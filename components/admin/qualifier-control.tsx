import { one } from "@/components/admin/form-values";
import { SelectOptions } from "@/components/admin/select-options";
import { controlClass, helpTextClass } from "@/components/admin/ui";
import type { FormValues } from "@/lib/actions/action-result";
import { fieldInputId, type QualifierUi } from "@/lib/kinds/fields/field-ui";

/**
 * Beside a figure: how it stands in its source (约, 据报道, 推算; none by default) and, for one we
 * inferred, how. Errors are the figure's, shown under it.
 */
export function QualifierControl({ qualifier, values }: { qualifier: QualifierUi; values: FormValues }) {
  const selectId = fieldInputId(qualifier.name);
  const basisId = fieldInputId(qualifier.basisName);
  const helpId = `${selectId}-help`;
  return (
    <div className="mt-2 flex flex-wrap items-end gap-2 text-sm">
      <div>
        <label htmlFor={selectId} className="mb-1 block text-xs text-muted">
          {qualifier.label}
        </label>
        <select
          id={selectId}
          name={qualifier.name}
          aria-describedby={helpId}
          defaultValue={one(values, qualifier.name)}
          className={controlClass}
        >
          <SelectOptions
            options={qualifier.options}
            value={one(values, qualifier.name)}
            empty={qualifier.emptyLabel}
          />
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor={basisId} className="mb-1 block text-xs text-muted">
          {qualifier.basisLabel}
        </label>
        <input
          id={basisId}
          name={qualifier.basisName}
          maxLength={qualifier.basisMaxLength}
          defaultValue={one(values, qualifier.basisName)}
          className={`${controlClass} w-full`}
        />
      </div>
      <p id={helpId} className={`${helpTextClass} basis-full`}>
        {qualifier.help}
      </p>
    </div>
  );
}
