interface Props {
  id: string;
  label: string;
  onFile(file: File | undefined): void;
}

/** A labelled JSON file picker; it clears itself after each pick so the same file can be picked again. */
export function JsonFileInput({ id, label, onFile }: Props) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}
