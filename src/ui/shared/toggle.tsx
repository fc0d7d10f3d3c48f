import { useId } from 'preact/hooks';

interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** Optional extra line under the label. */
  hint?: string;
}

/** A labelled switch: a real checkbox (keyboard and screen readers get native behaviour), styled as a switch. */
export function Toggle({ label, checked, onChange, disabled, hint }: Props) {
  const id = useId();
  return (
    <div class="k-toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} class="k-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
