// One candidate against one incoming organisation: the best likeness of their names (full or
// short, either side), then what the town, postcode, legal form and kind add or take away, with
// the reasons a reviewer reads.
import { bracketNames, fold, normaliseName, placeTokens, type NormalisedName } from './normalise.ts';
import { nameSimilarity, type NameSimilarity, type Places } from './similarity.ts';

export interface IncomingOrganization {
  id?: string | null;
  name: string;
  shortName?: string | null;
  city?: string | null;
  postCode?: string | null;
  kind?: string | null;
}

/** An organisation of the graph that might be the incoming one. */
export interface Candidate {
  id: string;
  name: string;
  shortName: string | null;
  city: string | null;
  postCode?: string | null;
  kind: string | null;
}

export type PlaceRelation = 'same' | 'compatible' | 'different' | 'unknown';
export type LegalFormRelation = 'same' | 'different' | 'unknown';

export interface Scored {
  candidate: Candidate;
  confidence: number;
  /** The normalised full names are equal. */
  sameKey: boolean;
  place: PlaceRelation;
  legalForm: LegalFormRelation;
  reasons: string[];
}

// A town in common lifts a likeness a quarter of the way to 1; another town cuts it by a quarter
// (branches and moves exist, so it is a doubt for a person, not a veto); an unknown one costs a
// little, as nothing confirms the name.
const SAME_PLACE_LIFT = 0.25;
const OTHER_PLACE_FACTOR = 0.75;
const UNKNOWN_PLACE_FACTOR = 0.97;
// Firms change legal form, but the demo data (and real registers) hold "X GmbH" beside "X KG".
const OTHER_LEGAL_FORM_PENALTY = 0.06;
const OTHER_KIND_FACTOR = 0.85;
/** Below certainty: the same words in another order, or a lone acronym in another or no town. */
const DOUBTFUL_CAP = 0.85;

function placeRelation(
  a: string | null | undefined,
  b: string | null | undefined,
  postA?: string | null,
  postB?: string | null,
): PlaceRelation {
  const pa = postA?.replace(/\s/g, '');
  const pb = postB?.replace(/\s/g, '');
  if (pa && pb) {
    if (pa === pb) return 'same';
    if (pa.slice(0, 2) !== pb.slice(0, 2)) return 'different';
  }
  if (!a || !b) return 'unknown';
  const ta = placeTokens(a);
  const tb = placeTokens(b);
  if (ta.length === 0 || tb.length === 0) return 'unknown';
  if (ta.join(' ') === tb.join(' ')) return 'same';
  return ta.some((t) => tb.includes(t)) ? 'compatible' : 'different';
}

interface Pairing {
  similarity: NameSimilarity;
  label: string;
}

function bestPairing(
  incoming: NormalisedName,
  incomingShort: NormalisedName | null,
  candidate: NormalisedName,
  candidateShort: NormalisedName | null,
  aliases: readonly NormalisedName[],
  places: Places,
): Pairing {
  const pairs: [NormalisedName | null, NormalisedName | null, string][] = [
    [incoming, candidate, 'name'],
    [incoming, candidateShort, 'name ~ short name'],
    [incomingShort, candidate, 'short name ~ name'],
    [incomingShort, candidateShort, 'short names'],
    ...aliases.map((alias): [NormalisedName, NormalisedName, string] => [incoming, alias, 'name in brackets']),
  ];
  let best: Pairing = { similarity: { score: 0, reordered: false, acronyms: [], typos: 0 }, label: 'name' };
  for (const [a, b, label] of pairs) {
    if (!a || !b || a.tokens.length === 0 || b.tokens.length === 0) continue;
    const similarity = nameSimilarity(a.tokens, b.tokens, places);
    if (similarity.score > best.similarity.score) best = { similarity, label };
  }
  return best;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

export function scoreCandidate(incoming: IncomingOrganization, candidate: Candidate): Scored {
  const name = normaliseName(incoming.name);
  const short = incoming.shortName ? normaliseName(incoming.shortName) : null;
  const cName = normaliseName(candidate.name);
  const cShort = candidate.shortName ? normaliseName(candidate.shortName) : null;
  const own = placeTokens(incoming.city ?? '');
  const theirs = placeTokens(candidate.city ?? '');
  const places: Places = {
    any: new Set([...own, ...theirs]),
    agreed: new Set(own.length === 0 ? theirs : theirs.length === 0 ? own : own.filter((t) => theirs.includes(t))),
  };
  const aliases = bracketNames(candidate.name).map(normaliseName);
  const { similarity, label } = bestPairing(name, short, cName, cShort, aliases, places);
  const reasons: string[] = [];
  const sameKey = name.key !== '' && name.key === cName.key;
  if (sameKey) reasons.push(name.legalForm || cName.legalForm ? 'same name without legal form' : 'same name once normalised');
  else if (similarity.score === 1) reasons.push(label === 'name' ? 'same words' : `same words (${label})`);
  else reasons.push(`names ${pct(similarity.score)} alike (${label})`);
  for (const a of similarity.acronyms) reasons.push(`acronym ${a.toUpperCase()} = initials`);
  if (similarity.typos > 0) reasons.push(similarity.typos === 1 ? 'one word with a typo' : `${similarity.typos} words with typos`);

  let confidence = sameKey ? 1 : similarity.score;
  const place = placeRelation(incoming.city, candidate.city, incoming.postCode, candidate.postCode);
  if (place === 'same') {
    confidence += (1 - confidence) * SAME_PLACE_LIFT;
    reasons.push('same city');
  } else if (place === 'compatible') reasons.push('town and site agree');
  else if (place === 'different') {
    confidence *= OTHER_PLACE_FACTOR;
    reasons.push(`other town (${candidate.city ?? candidate.postCode ?? '?'})`);
  } else confidence *= UNKNOWN_PLACE_FACTOR;

  let legalForm: LegalFormRelation = 'unknown';
  if (name.legalForm && cName.legalForm) {
    legalForm = name.legalForm === cName.legalForm ? 'same' : 'different';
    if (legalForm === 'different') {
      confidence -= OTHER_LEGAL_FORM_PENALTY;
      reasons.push(`legal form ${name.legalForm} ≠ ${cName.legalForm}`);
    }
  }
  if (incoming.kind && candidate.kind && incoming.kind !== candidate.kind) {
    confidence *= OTHER_KIND_FACTOR;
    reasons.push(`kind ${incoming.kind} ≠ ${candidate.kind}`);
  }
  if (similarity.reordered && !sameKey) {
    confidence = Math.min(confidence, DOUBTFUL_CAP);
    reasons.push('same words in another order');
  }
  const words = fold(incoming.name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !places.any.has(w));
  const loneAcronym = words.length === 1 && name.acronyms.includes(words[0] as string);
  if (loneAcronym && place !== 'same') confidence = Math.min(confidence, DOUBTFUL_CAP);
  return { candidate, confidence: Math.max(0, Math.min(1, confidence)), sameKey, place, legalForm, reasons };
}
