import { EXPORT_KINDS, type ExportKind } from '@psoas/core';
import { useState } from 'react';
import { EXPORT_JSON_URL, exportCsvUrl, exportFileName } from '../account/account-api.ts';
import { ImportForm } from './ImportForm.tsx';
import { EXPORT_KIND_LABELS, localDateStamp } from './settings-labels.ts';

/**
 * "Your data": everything as one JSON file, one kind as CSV, and reading a JSON export back.
 * Downloads are links (see account-api.ts), so they work with the keyboard and a screen reader
 * as links do, and the browser streams the file to disk.
 */
export function YourDataSection({ onImported }: { readonly onImported: () => void }) {
  const [kind, setKind] = useState<ExportKind>('sessionLogs');
  const today = localDateStamp(new Date());
  return (
    <section className="settings-section panel" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        Download everything your account holds, as one JSON file you can import again later, on this
        or another Psoas Coach install.
      </p>
      <p>
        <a className="button" href={EXPORT_JSON_URL} download={exportFileName('all', today)}>
          Download everything (JSON)
        </a>
      </p>
      <h3>One kind of record as CSV</h3>
      <p>For a spreadsheet: one table, one row per record.</p>
      <div className="settings-actions">
        <div className="field">
          <label className="field__label" htmlFor="export-kind">
            Records
          </label>
          <select
            id="export-kind"
            className="field__select"
            value={kind}
            onChange={(event) => {
              const chosen = EXPORT_KINDS.find((candidate) => candidate === event.target.value);
              if (chosen) setKind(chosen);
            }}
          >
            {EXPORT_KINDS.map((option) => (
              <option key={option} value={option}>
                {EXPORT_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <a
          className="button button--secondary"
          href={exportCsvUrl(kind)}
          download={exportFileName(kind, today)}
        >
          Download CSV
        </a>
      </div>
      <ImportForm onImported={onImported} />
    </section>
  );
}
