import type { ComponentChildren } from 'preact';

interface Option<T extends string> {
  value: T;
  label: ComponentChildren;
  hint?: string;
}

interface Props<T extends string> {
  name: string;
  legend: ComponentChildren;
  value: T;
  options: Option<T>[];
  onChange(value: T): void;
}

/** A fieldset of native radio buttons (arrow keys move between them). */
export function RadioGroup<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="k-radio-row">
        {options.map((o) => (
          <label key={o.value} title={o.hint}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {options.find((o) => o.value === value)?.hint && (
        <p class="k-hint">{options.find((o) => o.value === value)!.hint}</p>
      )}
    </fieldset>
  );
}
