// "Importieren" (managers): a file of one kind is always dry-run first; the report says what
// would happen row by row; unknown columns are mapped to fields and checked again; only then
// the manager chooses the mode and applies it. The explorer shows the new data afterwards. A public
// source's download (CORDIS, Förderkatalog) goes the same way, with its own report (source-report.ts).
import { h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { renderMappingForm, needsMapping, type ColumnMapping } from './column-mapping-form.ts';
import { openDialog } from './dialog.ts';
import { importKinds, templateUrl, type ImportKind } from './import-kinds.ts';
import { fill, renderReport, reportModel } from './import-report.ts';
import { importProgress, UploadError, uploadImport, type ImportAnswer, type ImportMode, type RunningUpload } from './imports-api.ts';
import { failureText } from './outcome.ts';
import { formatSize, uploadFailureText } from './upload-texts.ts';
import { isSourceKind, type SourceAnswer, sourceAccept, sourceDownload, sourceKinds, uploadSource } from './source-import.ts';
import { renderSourceProblems, renderSourceReport, sourceReportModel } from './source-report.ts';

/** How often the dialog asks the server how far the import has got: often enough to see it move. */
const FOLLOW_MS = 1_000;

export interface ImportDialogOptions {
  t: (key: Key) => string;
  lang: Lang;
  csrfToken: () => string | null;
  /** After an applied import: the graph shows the new data; `review` rows wait in the queue. */
  onApplied: (review: number) => Promise<void>;
  onReview: () => void;
  onCancel: () => void;
}

/** An upload's answer: a spreadsheet's of a record kind, or a source's download's. */
type Answer = { source: false; answer: ImportAnswer } | { source: true; answer: SourceAnswer };

/** Where the dialog is: choosing, sending a file (dry run or apply), or showing an answer. */
type Phase = { name: 'choose' } | { name: 'uploading'; upload: RunningUpload<Answer> } | { name: 'answered'; answer: Answer };

/** What the mode choice needs to know of a dry run. */
interface Importable {
  importable: number;
  skipped: number;
  allOrNothing: boolean;
}

const records = (answer: ImportAnswer): Answer => ({ source: false, answer });
const sourced = (answer: SourceAnswer): Answer => ({ source: true, answer });

export function openImportDialog(o: ImportDialogOptions): { destroy(): void } {
  const { t, lang } = o;
  const dialog = openDialog('import-dialog', t('importTitle'), o.onCancel, t('close'));
  let phase: Phase = { name: 'choose' };
  let mapping: ColumnMapping | null = null;
  let live = true;

  const kindSelect = h(
    'select',
    { id: 'import-kind', onchange: () => reset() },
    h('optgroup', { label: t('importRecordsGroup') }, ...importKinds.map((k) => h('option', { value: k }, t(`records_${k}`)))),
    h('optgroup', { label: t('importSourcesGroup') }, ...sourceKinds.map((k) => h('option', { value: k }, t(`source_${k}`)))),
  );
  const csvLink = h('a', { id: 'import-template-csv', download: '' }, t('importTemplateCsv'));
  const xlsxLink = h('a', { id: 'import-template-xlsx', download: '' }, t('importTemplateXlsx'));
  const templates = h('p', { className: 'import-templates' }, `${t('importTemplates')} `, csvLink, ' · ', xlsxLink);
  const whereText = h('span', {});
  const whereLink = h('a', { id: 'import-source-link', target: '_blank', rel: 'noopener' }, t('sourceWhereLink'));
  const where = h('p', { className: 'import-templates', id: 'import-source-where', hidden: true }, whereText, ' ', whereLink);
  const fileLabel = h('label', { for: 'import-file' }, t('importFile'));
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
  const source = () => (isSourceKind(kindSelect.value) ? kindSelect.value : null);
  const file = (): File | null => fileInput.files?.[0] ?? null;

  const recordsAccept = fileInput.accept;
  // A record kind offers its templates; a source says where its download is found.
  const setTemplates = () => {
    const s = source();
    templates.hidden = s !== null;
    where.hidden = s === null;
    fileInput.accept = s ? sourceAccept[s] : recordsAccept;
    fileLabel.textContent = t(s ? 'sourceFile' : 'importFile');
    if (s) {
      whereText.textContent = t(`sourceWhere_${s}`);
      whereLink.href = sourceDownload[s];
      return;
    }
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
    const s = source();
    const counted = s ? (['sourceCheckedSoFar', 'sourceWrittenSoFar'] as const) : (['importCheckedSoFar', 'importWrittenSoFar'] as const);
    let following: ReturnType<typeof setInterval> | undefined;
    // Every byte is up: the server reads the file now; it says how many rows it has checked or written.
    const follow = () => {
      following ??= setInterval(async () => {
        const p = await importProgress(progressToken);
        if (live && p && phase.name === 'uploading')
          say(fill(t(counted[p.pass === 'check' ? 0 : 1]), { rows: formatNumber(lang, p.rows) }));
      }, FOLLOW_MS);
    };
    const onProgress = (sent: number, size: number) => {
      if (!live) return;
      progress.value = size > 0 ? sent / size : 1;
      if (sent < size) return say(fill(t('importUploading'), { sent: formatSize(lang, sent), total }));
      say(t('importWorking'));
      follow();
    };
    const sending = { mode, file: chosen, csrfToken: o.csrfToken(), progressToken, onProgress };
    const running = s ? uploadSource({ ...sending, source: s }) : uploadImport({ ...sending, kind: kind(), mapping });
    const upload: RunningUpload<Answer> = {
      done: s ? (running as RunningUpload<SourceAnswer>).done.then(sourced) : (running as RunningUpload).done.then(records),
      abort: running.abort,
    };
    phase = { name: 'uploading', upload };
    upload.done
      .then(async (answer) => {
        if (!live) return;
        phase = { name: 'answered', answer };
        say('');
        if (answer.source) showSource(answer.answer);
        else show(answer.answer);
        const applied = answer.source ? answer.answer.status === 'applied' : answer.answer.summary.status === 'applied';
        const review = answer.source ? answer.answer.counts.organizations.review : answer.answer.summary.counts.review;
        // Written is written: a graph that fails to load the new data says so beside the report.
        if (applied) await o.onApplied(review).catch((err: unknown) => live && say(failureText(t, err)));
      })
      .catch((err: unknown) => {
        if (!live) return;
        phase = { name: 'choose' };
        say(uploadFailureText(t, err));
        // A file that is no such download: what the server found, in the report's table.
        if (s && err instanceof UploadError && err.problems.length > 0)
          result.replaceChildren(...renderSourceProblems(t, lang, chosen.name, err.problems, err.problems.length));
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

  const modeChoice = (m: Importable): HTMLElement => {
    if (m.importable === 0) return h('p', { id: 'import-nothing' }, t('importNothing'));
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

  /** The applied import's report, what waits for review, and the way to the next file. */
  const applied = (report: HTMLElement, review: number) => {
    const note =
      review > 0
        ? h(
            'p',
            { id: 'import-review-note' },
            review === 1 ? t('importToReviewOne') : fill(t('importToReview'), { n: formatNumber(lang, review) }),
            ' ',
            h('button', { type: 'button', id: 'import-to-review', onclick: o.onReview }, t('reviewOpen')),
          )
        : '';
    const again = h('button', { type: 'button', id: 'import-again', onclick: () => reset() }, t('importAnother'));
    result.replaceChildren(report, note, h('div', { className: 'actions' }, again));
  };

  const showSource = (answer: SourceAnswer) => {
    const report = renderSourceReport(t, lang, answer);
    const m = sourceReportModel(answer);
    if (answer.status === 'applied') return applied(report, m.review);
    result.replaceChildren(report, answer.status === 'checked' ? modeChoice(m) : '');
  };

  const show = (answer: ImportAnswer) => {
    const report = renderReport(t, lang, kind(), answer);
    const s = answer.summary;
    if (s.status === 'applied') return applied(report, s.counts.review);
    if (s.status === 'checked' && needsMapping(answer.header)) {
      result.replaceChildren(mappingStep(answer), report);
      return;
    }
    const edit = h(
      'button',
      { type: 'button', id: 'mapping-edit', onclick: () => result.replaceChildren(mappingStep(answer), report) },
      t('mappingEdit'),
    );
    const m = reportModel(lang, kind(), t('problemWholeFile'), answer);
    const choice = s.status !== 'checked' ? '' : modeChoice(m.headerFailed ? { ...m, importable: 0 } : m);
    result.replaceChildren(report, choice, h('div', { className: 'actions' }, edit));
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
    templates,
    where,
    fileLabel,
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
