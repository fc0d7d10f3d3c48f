/** Saves a value as a pretty-printed JSON file through the browser's download UI (no downloads permission needed). */
export function downloadJson(fileName: string, value: unknown, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file as text, refusing anything over `maxBytes` before reading it. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; tooBig: true }> {
  if (file.size > maxBytes) return { ok: false, tooBig: true };
  return { ok: true, text: await file.text() };
}
