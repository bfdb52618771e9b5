import type { RouterOutputs } from '@collab/api';
import { legacyImportMaximumCharacters } from '@collab/contracts';
import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { useFocusWhen } from '../collaboration-actions/action-dialog.js';
import { useInvalidateCollaborations } from '../collaboration-actions/use-collaboration.js';
import { importErrorsCsv } from './import-errors-csv.js';
import { usePanelText } from './panel-text.js';

type ImportResult = RouterOutputs['collaborations']['importLegacy'];

/** The header the old system's file must start with (as the server's error message says). */
const expectedHeader = 'organisationsnummer;kundnamn;tjänst;startdatum';

/** Rows shown in the table; a file of 50,000 rows would make the page slow. The CSV has all. */
export const importRowsShown = 500;

type Chosen =
  | { state: 'none' }
  | { state: 'refused'; message: string }
  | { state: 'ready'; name: string; size: number; csv: string };

/**
 * Flow 6: a full-rights employee imports the old system's CSV file
 * (`collaborations.importLegacy`). The file is chosen with the file input (keyboard) or dropped
 * on the zone around it, checked in the browser for what can be known before sending (its
 * size, that it is UTF-8), and sent as text; the server checks everything again. The result
 * is a row per line of the file, and the rows that failed can be downloaded as CSV.
 */
export function LegacyImportPanel() {
  const translator = useTranslator();
  const panel = usePanelText();
  const trpc = useTRPC();
  const invalidate = useInvalidateCollaborations();
  const baseId = useId();
  const [chosen, setChosen] = useState<Chosen>({ state: 'none' });
  const [dragging, setDragging] = useState(false);
  const [notChosenYet, setNotChosenYet] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useFocusWhen(resultRef, result);
  const importLegacy = useMutation(trpc.collaborations.importLegacy.mutationOptions());

  const sizeText = (bytes: number) =>
    new Intl.NumberFormat(translator.locale, {
      style: 'unit',
      unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: 1,
    }).format(bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(bytes / 1024, 0.1));

  async function choose(file: File | undefined) {
    importLegacy.reset();
    setNotChosenYet(false);
    if (!file) {
      setChosen({ state: 'none' });
      return;
    }
    // Refused before reading: a huge file is never read into memory, nor sent.
    if (file.size > legacyImportMaximumCharacters) {
      setChosen({
        state: 'refused',
        message: panel.text('legacy.import.tooLarge', { size: sizeText(file.size) }),
      });
      return;
    }
    const bytes = await file.arrayBuffer();
    let csv: string;
    try {
      // A file saved as Latin-1 (Excel's plain "CSV") would reach the server with å, ä and ö
      // turned into replacement characters: refused here with the server's own words.
      csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      setChosen({ state: 'refused', message: translator.error('LEGACY_WRONG_ENCODING') });
      return;
    }
    setChosen({ state: 'ready', name: file.name, size: file.size, csv });
  }

  function start() {
    if (importLegacy.isPending) return;
    if (chosen.state !== 'ready') {
      setNotChosenYet(true);
      inputRef.current?.focus();
      return;
    }
    importLegacy.mutate(
      { csv: chosen.csv },
      {
        onSuccess(answer) {
          setResult(answer);
          if (answer.created > 0) void invalidate();
        },
      },
    );
  }

  function downloadErrors(answer: ImportResult) {
    const csv = importErrorsCsv(
      [
        panel.text('legacy.import.row'),
        panel.text('legacy.import.orgNumber'),
        panel.text('legacy.import.reason'),
      ],
      answer.rows
        .filter((row) => row.outcome === 'error')
        .map((row) => ({
          row: row.row,
          orgNumber: row.orgNumber,
          message: row.error?.message ?? '',
        })),
      translator.locale === 'sv' ? ';' : ',',
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = panel.text('legacy.import.downloadName');
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function again() {
    setResult(null);
    setChosen({ state: 'none' });
    importLegacy.reset();
    if (inputRef.current) inputRef.current.value = '';
    window.requestAnimationFrame(() => inputRef.current?.focus());
  }

  const headingId = `${baseId}-heading`;
  const limitsId = `${baseId}-limits`;
  const fileStateId = `${baseId}-file`;
  const outcomeWord = {
    created: panel.text('legacy.import.created'),
    skipped_duplicate: panel.text('legacy.import.skipped'),
    error: panel.text('legacy.import.error'),
  } as const;

  if (result) {
    return (
      <section className="collab-legacy-import" aria-labelledby={headingId}>
        <h3
          className="collab-subheading collab-action-focus"
          id={headingId}
          tabIndex={-1}
          ref={resultRef}
        >
          {panel.text('legacy.import.resultHeading')}
        </h3>
        <p className="collab-paragraph">
          {panel.text('legacy.import.summary', {
            created: translator.number(result.created),
            skipped: translator.number(result.skipped),
            failed: translator.number(result.failed),
          })}
        </p>
        {result.created > 0 ? (
          <p className="collab-paragraph">{panel.text('legacy.import.linkNext')}</p>
        ) : null}
        <div className="collab-legacy-actions">
          {result.failed > 0 ? (
            <button type="button" className="collab-button" onClick={() => downloadErrors(result)}>
              {panel.text('legacy.import.download')}
            </button>
          ) : null}
          <button type="button" className="collab-button" onClick={again}>
            {panel.text('legacy.import.another')}
          </button>
        </div>
        <table className="collab-legacy-table">
          <caption>{panel.text('legacy.import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{panel.text('legacy.import.row')}</th>
              <th scope="col">{panel.text('legacy.import.orgNumber')}</th>
              <th scope="col">{panel.text('legacy.import.outcome')}</th>
              <th scope="col">{panel.text('legacy.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.slice(0, importRowsShown).map((row) => (
              <tr key={row.row}>
                <th scope="row">{translator.number(row.row)}</th>
                <td>{row.orgNumber ?? ''}</td>
                <td
                  className={row.outcome === 'error' ? 'collab-legacy-outcome--error' : undefined}
                >
                  {outcomeWord[row.outcome]}
                </td>
                <td>
                  {row.outcome === 'error'
                    ? (row.error?.message ?? '')
                    : row.outcome === 'skipped_duplicate'
                      ? panel.text('legacy.import.skippedReason')
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.rows.length > importRowsShown ? (
          <p className="collab-muted">
            {panel.text('legacy.import.shownOf', {
              shown: translator.number(importRowsShown),
              total: translator.number(result.rows.length),
            })}
          </p>
        ) : null}
      </section>
    );
  }

  const problem =
    chosen.state === 'refused'
      ? chosen.message
      : notChosenYet
        ? panel.text('legacy.import.chooseFirst')
        : null;
  return (
    <section
      className="collab-legacy-import"
      aria-labelledby={headingId}
      aria-busy={importLegacy.isPending}
    >
      <h3 className="collab-subheading" id={headingId}>
        {panel.text('legacy.import.heading')}
      </h3>
      <p className="collab-paragraph">
        {panel.text('legacy.import.intro', { header: expectedHeader })}
      </p>
      <p className="collab-muted" id={limitsId}>
        {panel.text('legacy.import.limits')}
      </p>
      {/* The zone takes a dropped file; the input inside is what the keyboard uses. */}
      <fieldset
        className="collab-legacy-drop"
        data-dragging={dragging}
        onDragOver={(event: DragEvent<HTMLFieldSetElement>) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event: DragEvent<HTMLFieldSetElement>) => {
          event.preventDefault();
          setDragging(false);
          void choose(event.dataTransfer.files[0]);
        }}
      >
        <label
          className="collab-legacy-drop__label"
          id={`${baseId}-label`}
          htmlFor={`${baseId}-input`}
        >
          {panel.text('legacy.import.file')}
        </label>
        <input
          ref={inputRef}
          id={`${baseId}-input`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${limitsId} ${fileStateId}`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
        <p className="collab-muted">{panel.text('legacy.import.drop')}</p>
        <p id={fileStateId} className={problem ? 'collab-field-error' : 'collab-muted'}>
          {problem ??
            (chosen.state === 'ready'
              ? panel.text('legacy.import.chosen', {
                  name: chosen.name,
                  size: sizeText(chosen.size),
                })
              : panel.text('legacy.import.noFile'))}
        </p>
      </fieldset>
      <div className="collab-legacy-actions">
        <button
          type="button"
          className="collab-button collab-button--primary"
          aria-disabled={importLegacy.isPending || chosen.state === 'refused'}
          onClick={() => {
            if (chosen.state !== 'refused') start();
          }}
        >
          {panel.text('legacy.import.start')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {importLegacy.isPending ? (
          <p className="collab-paragraph">{panel.text('legacy.import.importing')}</p>
        ) : null}
      </div>
      {importLegacy.error ? (
        <p className="collab-alert" role="alert">
          {panel.text('legacy.import.failed', {
            message: describeError(importLegacy.error, translator).message,
          })}
        </p>
      ) : null}
    </section>
  );
}
