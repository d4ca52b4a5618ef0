// An introduction's "why" in the user's language: what the gap is about for the first
// organisation, then the partner's fit as the transfer-partner search explains it (same numbers).
import { localName, type Lang } from '../i18n.ts';
import { explain } from '../partners/index.ts';
import type { Introduction, IntroductionGap } from './api.ts';
import type { CompetenceNames } from './report-parts.ts';

const reasons: Record<Lang, Record<IntroductionGap, string>> = {
  de: {
    ISOLATED: 'hat noch keine Projekt- oder Kooperationsbeziehung',
    NO_RESEARCH_TIE: 'erreicht keine Forschung in zwei Schritten',
    WHITE_SPOT: 'trägt eine Kompetenz, in der Industrie und Forschung nicht verbunden sind',
    RESEARCH_WITHOUT_INDUSTRY: 'hat keinen Industriepartner im Cluster',
    CUT_OFF_DISTRICT: 'liegt in einem Landkreis ohne Verbindung zur Forschung',
    BROKER: 'hängt am Netz nur über einen einzigen Makler',
    UNBRIDGED_COMMUNITIES: 'ist Knotenpunkt einer Gemeinschaft ohne Brücke zur anderen',
  },
  en: {
    ISOLATED: 'has no project or cooperation tie yet',
    NO_RESEARCH_TIE: 'reaches no research within two steps',
    WHITE_SPOT: 'holds a competence in which industry and research are not linked',
    RESEARCH_WITHOUT_INDUSTRY: 'has no industry partner in the cluster',
    CUT_OFF_DISTRICT: 'is in a district without a link to research',
    BROKER: 'hangs on the network through a single broker',
    UNBRIDGED_COMMUNITIES: 'is the hub of a community without a bridge to the other',
  },
};

const shares: Record<Lang, string> = { de: 'gemeinsam', en: 'in common' };

export function introductionWhy(lang: Lang, i: Introduction, names: CompetenceNames): string {
  const head = `${i.from.name} ${reasons[lang][i.gap]}`;
  if (i.partner) return `${head}. ${i.to.name}: ${explain(lang, i.partner)}`;
  const shared = i.sharedCompetences.map((k) => {
    const term = names.get(k);
    return term ? localName(lang, term) : k;
  });
  return `${head}. ${i.to.name}${shared.length ? `: ${shared.join(', ')} ${shares[lang]}` : ''}`;
}
