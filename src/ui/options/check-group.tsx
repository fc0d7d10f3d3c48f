interface Props<T extends string> {
  legend: string;
  all: readonly T[];
  /** The values the reader hid (unchecked boxes). */
  hidden: readonly T[];
  label(value: T): string;
  onChange(hidden: T[]): void;
}

/** Checkboxes that read "show these": a checked box is a shown value, an unchecked one is hidden. */
export function CheckGroup<T extends string>({ legend, all, hidden, label, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="k-check-grid">
        {all.map((value) => (
          <label key={value}>
            <input
              type="checkbox"
              checked={!hidden.includes(value)}
              onChange={(e) =>
                onChange(e.currentTarget.checked ? hidden.filter((h) => h !== value) : [...hidden, value])
              }
            />
            {label(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
