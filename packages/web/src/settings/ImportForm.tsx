import { useRef, useState, type FormEvent } from 'react';
import { accountApi } from '../account/account-api.ts';
import { isApiError } from '../platform/json-request.ts';
import { importedSummary } from './settings-labels.ts';

type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'done'; readonly summary: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Words for the import's refusals; the server's detail for anything else. */
const IMPORT_TEXT: Readonly<Record<string, string>> = {
  IMPORT_INVALID: 'This file is not a Psoas Coach export this version can read.',
  IMPORT_CONFLICT:
    'Some records in this file are already in your account, so nothing was imported. Import into an empty account, for example after deleting and creating it again.',
  PAYLOAD_TOO_LARGE: 'This file is too large to import in one go.',
};

/** Reads a JSON export (from "Download everything") back into this account. */
export function ImportForm({ onImported }: { readonly onImported: () => void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setStatus({ kind: 'failed', message: 'Choose an export file first.' });
      fileRef.current?.focus();
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text()) as unknown;
    } catch {
      setStatus({ kind: 'failed', message: IMPORT_TEXT.IMPORT_INVALID ?? '' });
      return;
    }
    setStatus({ kind: 'sending' });
    try {
      const { imported } = await accountApi.importExport(data);
      setStatus({ kind: 'done', summary: importedSummary(imported) });
      onImported();
    } catch (error) {
      const message = isApiError(error)
        ? (IMPORT_TEXT[error.code] ?? error.detail)
        : 'Something went wrong. Try again.';
      setStatus({ kind: 'failed', message });
    }
  }

  return (
    <form className="import-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>Import a previous export</h3>
      <div className="field">
        <label className="field__label" htmlFor="import-file">
          Export file (JSON)
        </label>
        <p className="field__hint" id="import-file-hint">
          A file from “Download everything”. Its records are added to this account.
        </p>
        <input
          ref={fileRef}
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-file-hint"
          onChange={() => setStatus({ kind: 'idle' })}
        />
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button--secondary"
          disabled={status.kind === 'sending'}
        >
          {status.kind === 'sending' ? 'Importing…' : 'Import'}
        </button>
      </div>
      <div role="status" className="import-form__status">
        {status.kind === 'done' ? (
          <p className="notice notice--info">Imported. {status.summary}.</p>
        ) : null}
        {status.kind === 'failed' ? <p className="notice notice--error">{status.message}</p> : null}
      </div>
    </form>
  );
}
