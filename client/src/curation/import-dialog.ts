// "Importieren" (managers): a file of one kind is always dry-run first; the report says what
// would happen row by row; unknown columns are mapped to fields and checked again; only then
// the manager chooses the mode and applies it. The explorer shows the new data afterwards.
import { h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { renderMappingForm, needsMapping, type ColumnMapping } from './column-mapping-form.ts';
import { openDialog } from './dialog.ts';
import { importKinds, templateUrl, type ImportKind } from './import-kinds.ts';
import { fill, renderReport, reportModel } from './import-report.ts';
import { importProgress, UploadError, uploadImport, type ImportAnswer, type ImportMode, type RunningUpload } from './imports-api.ts';
import { failureText } from './outcome.ts';

/** How often the dialog asks the server how far the import has got: often enough to see it move. */
const FOLLOW_MS = 1_000;

export interface ImportDialogOptions {
  t: (key: Key) => string;
  lang: Lang;
  csrfToken: () => string | null;
  /** After an applied import: the graph shows the new data. */
  onApplied: (answer: ImportAnswer) => Promise<void>;
  onReview: () => void;
  onCancel: () => void;
}

/** Where the dialog is: choosing, sending a file (dry run or apply), or showing an answer. */
type Phase = { name: 'choose' } | { name: 'uploading'; upload: RunningUpload } | { name: 'answered'; answer: ImportAnswer };

export function formatSize(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(lang, Math.round(bytes / 1024 / 1024))} MB`;
}

/** A failed upload in words: too large, not allowed, signed out, refused (with the server's reason), or broken. */
export function uploadFailureText(t: (key: Key) => string, err: unknown): string {
  if (!(err instanceof UploadError)) return failureText(t, err);
  const detail = err.detail ? ` (${err.detail})` : '';
  switch (err.failure) {
    case 'tooLarge':
      return `${t('importTooLarge')}${detail}`;
    case 'forbidden':
      return `${t('forbidden')}${detail}`;
    case 'signedOut':
      return t('sessionEnded');
    case 'rejected':
      return `${t('importRejected')}${detail}`;
    case 'network':
      return t('importNetwork');
    case 'server':
      return t('importServer');
  }
}

export function openImportDialog(o: ImportDialogOptions): { destroy(): void } {
  const { t, lang } = o;
  const dialog = openDialog('import-dialog', t('importTitle'), o.onCancel, t('close'));
  let phase: Phase = { name: 'choose' };
  let mapping: ColumnMapping | null = null;
  let live = true;

  const kindSelect = h(
    'select',
    { id: 'import-kind', onchange: () => reset() },
    ...importKinds.map((k) => h('option', { value: k }, t(`records_${k}`))),
  );
  const csvLink = h('a', { id: 'import-template-csv', download: '' }, t('importTemplateCsv'));
  const xlsxLink = h('a', { id: 'import-template-xlsx', download: '' }, t('importTemplateXlsx'));
  const fileInput = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.csv,.txt,.tsv,.xlsx,.json,.jsonl,.ndjson',
    onchange: () => reset(),
  });
  const check = h('button', { type: 'submit', className: 'primary', id: 'import-check' }, t('importCheck'));
  const progress = h('progress', { id: 'import-progress', hidden: true, max: 1, value: 0 });
  const status = h('p', { className: 'form-status', id: 'import-status', 'aria-live': 'polite' });
  const result = h('div', { id: 'import-result' });
  const kind = (): ImportKind => kindSelect.value as ImportKind;
  const file = (): File | null => fileInput.files?.[0] ?? null;

  const setTemplates = () => {
    csvLink.href = templateUrl(kind(), 'csv', lang);
    xlsxLink.href = templateUrl(kind(), 'xlsx', lang);
  };
  const say = (text: string) => {
    status.textContent = text;
  };
  const reset = () => {
    setTemplates();
    mapping = null;
    phase = { name: 'choose' };
    result.replaceChildren();
    say('');
  };

  const run = (mode: ImportMode) => {
    const chosen = file();
    if (!chosen) return say(t('importChooseFile'));
    if (phase.name === 'uploading') return;
    const total = formatSize(lang, chosen.size);
    say(fill(t('importUploading'), { sent: formatSize(lang, 0), total }));
    progress.hidden = false;
    progress.value = 0;
    dialog.body.setAttribute('aria-busy', 'true');
    check.disabled = true;
    const progressToken = crypto.randomUUID();
    let following: ReturnType<typeof setInterval> | undefined;
    // Every byte is up: the server reads the file now; it says how many rows it has checked or written.
    const follow = () => {
      following ??= setInterval(async () => {
        const p = await importProgress(progressToken);
        if (live && p && phase.name === 'uploading')
          say(fill(t(p.pass === 'check' ? 'importCheckedSoFar' : 'importWrittenSoFar'), { rows: formatNumber(lang, p.rows) }));
      }, FOLLOW_MS);
    };
    const upload = uploadImport({
      kind: kind(),
      mode,
      file: chosen,
      csrfToken: o.csrfToken(),
      mapping,
      progressToken,
      onProgress: (sent, size) => {
        if (!live) return;
        progress.value = size > 0 ? sent / size : 1;
        if (sent < size) return say(fill(t('importUploading'), { sent: formatSize(lang, sent), total }));
        say(t('importWorking'));
        follow();
      },
    });
    phase = { name: 'uploading', upload };
    upload.done
      .then(async (answer) => {
        if (!live) return;
        phase = { name: 'answered', answer };
        say('');
        show(answer);
        // Written is written: a graph that fails to load the new data says so beside the report.
        if (answer.summary.status === 'applied') await o.onApplied(answer).catch((err: unknown) => live && say(failureText(t, err)));
      })
      .catch((err: unknown) => {
        if (!live) return;
        phase = { name: 'choose' };
        say(uploadFailureText(t, err));
      })
      .finally(() => {
        clearInterval(following);
        if (!live) return;
        progress.hidden = true;
        check.disabled = false;
        dialog.body.setAttribute('aria-busy', 'false');
      });
  };

  const mappingStep = (answer: ImportAnswer) =>
    renderMappingForm({
      t,
      lang,
      kind: kind(),
      columns: answer.header.columns,
      onSubmit: (m) => {
        mapping = m;
        run('dry-run');
      },
    });

  const modeChoice = (answer: ImportAnswer): HTMLElement => {
    const m = reportModel(lang, kind(), t('problemWholeFile'), answer);
    if (m.importable === 0 || m.headerFailed) return h('p', { id: 'import-nothing' }, t('importNothing'));
    let mode: ImportMode | null = m.allOrNothing ? 'all-or-nothing' : null;
    const apply = h('button', { type: 'button', className: 'primary', id: 'import-apply', disabled: mode === null }, t('importApply'));
    const option = (value: ImportMode, id: string, text: string, enabled: boolean) =>
      h(
        'label',
        { className: 'import-mode' },
        h('input', {
          type: 'radio',
          name: 'import-mode',
          id,
          value,
          checked: mode === value,
          disabled: !enabled,
          onchange: () => {
            mode = value;
            apply.disabled = false;
          },
        }),
        ` ${text}`,
      );
    apply.addEventListener('click', () => mode && run(mode));
    // One row is said in the singular; the rest through the count.
    const counted = (one: Key, many: Key, n: number) => (n === 1 ? t(one) : fill(t(many), { n: formatNumber(lang, n) }));
    const blocked = counted('modeAllBlockedOne', 'modeAllBlocked', m.skipped);
    return h(
      'fieldset',
      { className: 'import-modes', id: 'import-modes' },
      h('legend', {}, t('modeTitle')),
      option('all-or-nothing', 'import-mode-all', m.allOrNothing ? t('modeAll') : blocked, m.allOrNothing),
      option('skip-bad', 'import-mode-skip', counted('modeSkipOne', 'modeSkip', m.skipped), true),
      h('div', { className: 'actions' }, apply),
    );
  };

  const show = (answer: ImportAnswer) => {
    const report = renderReport(t, lang, kind(), answer);
    const s = answer.summary;
    if (s.status === 'applied') {
      const review =
        s.counts.review > 0
          ? h(
              'p',
              { id: 'import-review-note' },
              s.counts.review === 1 ? t('importToReviewOne') : fill(t('importToReview'), { n: formatNumber(lang, s.counts.review) }),
              ' ',
              h('button', { type: 'button', id: 'import-to-review', onclick: o.onReview }, t('reviewOpen')),
            )
          : null;
      const again = h('button', { type: 'button', id: 'import-again', onclick: () => reset() }, t('importAnother'));
      result.replaceChildren(report, review ?? '', h('div', { className: 'actions' }, again));
      return;
    }
    if (s.status === 'checked' && needsMapping(answer.header)) {
      result.replaceChildren(mappingStep(answer), report);
      return;
    }
    const edit = h(
      'button',
      { type: 'button', id: 'mapping-edit', onclick: () => result.replaceChildren(mappingStep(answer), report) },
      t('mappingEdit'),
    );
    result.replaceChildren(report, s.status === 'checked' ? modeChoice(answer) : '', h('div', { className: 'actions' }, edit));
  };

  const form = h(
    'form',
    {
      id: 'import-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        mapping = null;
        run('dry-run');
      },
    },
    h('label', { for: 'import-kind' }, t('importKind')),
    kindSelect,
    h('p', { className: 'import-templates' }, `${t('importTemplates')} `, csvLink, ' · ', xlsxLink),
    h('label', { for: 'import-file' }, t('importFile')),
    fileInput,
    h('p', { className: 'hint' }, t('importCheckHint')),
    h('div', { className: 'actions' }, check, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
    progress,
    status,
  );
  dialog.body.append(form, result);
  setTemplates();
  kindSelect.focus();
  return {
    destroy() {
      live = false;
      if (phase.name === 'uploading') phase.upload.abort();
      dialog.destroy();
    },
  };
}
