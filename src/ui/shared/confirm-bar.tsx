import { useFocusOnMount } from './use-focus-on-mount';

interface Props {
  question: string;
  confirmLabel: string;
  /** In the page's language (the caller's translator). */
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** An inline question with a destructive choice; keyboard focus lands on Cancel, the safe one. */
export function ConfirmBar({ question, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const cancel = useFocusOnMount<HTMLButtonElement>();
  return (
    <div class="k-row k-confirm" role="alertdialog" aria-labelledby="k-confirm-q">
      <span id="k-confirm-q">{question}</span>
      <button type="button" class="k-button k-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" class="k-button" ref={cancel} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
