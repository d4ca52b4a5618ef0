// "Neues Projekt" (managers): a project's fields and, optionally, its coordinator picked by search,
// so the new project node appears tied into the network.
import { projectLevels } from '../../../shared/vocabulary.ts';
import { search, type SearchHit } from '../api.ts';
import { h } from '../dom.ts';
import { localName } from '../i18n.ts';
import { mountSearch } from '../ui/search.ts';
import { focusFirst, openDialog } from './dialog.ts';
import { FieldProblem, makeField, type Field, type FieldValue } from './fields.ts';
import type { NewRecordOptions } from './new-organization.ts';
import { failureText, problemsOf } from './outcome.ts';
import { createProject, setParticipation, type ProjectFields } from './records-api.ts';

const levelKeys = { regional: 'levelRegional', national: 'levelNational', international: 'levelInternational' } as const;

const text = (v: FieldValue | undefined): string | null => (typeof v === 'string' ? v : null);

export function openNewProject(o: NewRecordOptions): { destroy(): void } {
  const { t, lang } = o;
  const dialog = openDialog('new-project-dialog', t('newProject'), o.onCancel, t('close'));
  const f = (name: string, label: Parameters<typeof t>[0], spec: Parameters<typeof makeField>[3]) =>
    makeField('new-project', name, t(label), spec);
  const fields: Field[] = [
    f('title', 'p_title', { type: 'text', required: true }),
    f('acronym', 'p_acronym', { type: 'text' }),
    f('level', 'p_level', { type: 'select', choices: projectLevels.map((l) => ({ value: l, label: t(levelKeys[l]) })) }),
    f('programme', 'p_programme', { type: 'text' }),
    f('start', 'p_start', { type: 'date', required: true }),
    f('end', 'p_end', { type: 'date' }),
    f('actionField', 'p_actionField', {
      type: 'select',
      none: t('noneOption'),
      choices: o.vocabulary.actionFields.map((a) => ({ value: a.id, label: localName(lang, a) })),
    }),
    f('competences', 'p_competences', {
      type: 'multi',
      hint: t('multiHint'),
      choices: o.vocabulary.competences.map((c) => ({ value: c.id, label: localName(lang, c) })),
    }),
    f('fundingEur', 'p_fundingEur', { type: 'float', expected: t('expectNumber') }),
    f('website', 'p_website', { type: 'url' }),
    f('source', 'p_source', { type: 'text' }),
  ];
  let lead: SearchHit | null = null;
  const leadBox = h('div', { className: 'search', id: 'new-project-lead' });
  const leadSearch = mountSearch(leadBox, {
    t,
    find: async (q) => (await search(q)).filter((hit) => hit.type === 'organization'),
    onChoose: (hit) => {
      lead = hit;
    },
  });
  const status = h('div', { className: 'form-status', id: 'new-project-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', className: 'primary', id: 'new-project-submit' }, t('create'));
  const element = h(
    'form',
    { id: 'new-project-form', novalidate: true },
    ...fields.map((x) => x.element),
    h('div', { className: 'field' }, h('span', { className: 'label', id: 'new-project-lead-label' }, t('p_lead')), leadBox),
    status,
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
  );
  leadBox.querySelector('input')?.setAttribute('aria-labelledby', 'new-project-lead-label');

  const read = (): ProjectFields | null => {
    const v = new Map<string, FieldValue>();
    let ok = true;
    for (const x of fields) {
      x.problem(null);
      try {
        v.set(x.name, x.read());
      } catch (e) {
        if (!(e instanceof FieldProblem)) throw e;
        x.problem(`${t('expected')} ${e.expected}`);
        ok = false;
      }
    }
    if (!ok) return null;
    const competences = v.get('competences');
    const funding = v.get('fundingEur');
    return {
      title: text(v.get('title')),
      acronym: text(v.get('acronym')),
      level: projectLevels.find((l) => l === v.get('level')) ?? null,
      programme: text(v.get('programme')),
      start: text(v.get('start')),
      end: text(v.get('end')),
      actionField: text(v.get('actionField')),
      competences: Array.isArray(competences) ? competences : [],
      fundingEur: typeof funding === 'number' ? funding : null,
      website: text(v.get('website')),
      source: text(v.get('source')),
    };
  };

  element.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = read();
    if (!values) {
      status.textContent = t('invalidFields');
      return;
    }
    submit.disabled = true;
    status.textContent = t('loading');
    const coordinator = lead;
    createProject(o.csrfToken(), values)
      .then(async (id) => {
        if (coordinator) await setParticipation(o.csrfToken(), coordinator.id, id, 'lead');
        await o.onCreated(id);
      })
      .catch((err: unknown) => {
        submit.disabled = false;
        const problems = problemsOf(err, lang);
        const unplaced = problems.filter((p) => {
          const x = fields.find((y) => y.name === p.field);
          x?.problem(`${t('expected')} ${p.expected}`);
          return !x;
        });
        status.replaceChildren(
          problems.length ? t('invalidFields') : failureText(t, err),
          ...unplaced.map((p) => h('p', { className: 'field-error' }, `${p.field}: ${p.expected}`)),
        );
      });
  });
  dialog.body.append(element);
  focusFirst(element);
  return {
    destroy() {
      leadSearch.destroy();
      dialog.destroy();
    },
  };
}
