// The real institutions under the names the public sources give them: CORDIS writes legal names in
// capitals without diacritics ("TECHNISCHE UNIVERSITAT BERLIN"), the Förderkatalog writes legal
// names with their form ("… e.V.", "… gGmbH"). Each must be recognised without doubt; a research
// society's head office must never be taken for one of its institutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../server/curation/matching/candidate-index.ts';
import { matchAll } from '../../server/curation/matching/resolve.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { realOnly } from '../fixtures/sources/real-only.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;
let index: CandidateIndex;
beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, realOnly(), { layout: false });
  index = await CandidateIndex.load(db);
});
afterAll(() => db.close());

const recognised = ['id', 'exact', 'certain'];
const decide = (name: string, city: string) => matchAll(index, [{ id: null, name, city }])[0];

describe("the real institutions under the sources' names", () => {
  it.each([
    ['TECHNISCHE UNIVERSITAT BERLIN', 'BERLIN', 'hs-tu-berlin'],
    ['HUMBOLDT-UNIVERSITAET ZU BERLIN', 'BERLIN', 'hs-hu-berlin'],
    ['FREIE UNIVERSITAET BERLIN', 'BERLIN', 'hs-fu-berlin'],
    ['UNIVERSITAET POTSDAM', 'POTSDAM', 'hs-up'],
    ['BRANDENBURGISCHE TECHNISCHE UNIVERSITAT COTTBUS-SENFTENBERG', 'COTTBUS', 'hs-btu'],
    ['EUROPA-UNIVERSITAT VIADRINA FRANKFURT (ODER)', 'FRANKFURT (ODER)', 'hs-euv'],
    ['TECHNISCHE HOCHSCHULE WILDAU', 'WILDAU', 'hs-thw'],
    ['HOCHSCHULE FUR TECHNIK UND WIRTSCHAFT BERLIN', 'BERLIN', 'hs-htw-berlin'],
    ['BERLINER HOCHSCHULE FUR TECHNIK', 'BERLIN', 'hs-bht'],
    ['BUNDESANSTALT FUER MATERIALFORSCHUNG UND -PRUEFUNG', 'BERLIN', 'oth-bam'],
    ['HELMHOLTZ-ZENTRUM BERLIN FUR MATERIALIEN UND ENERGIE GMBH', 'BERLIN', 'oth-hzb'],
    ['LEIBNIZ-INSTITUT FUR AGRARTECHNIK UND BIOOKONOMIE EV', 'POTSDAM', 'lbz-atb'],
    ['Leibniz-Institut für Kristallzüchtung im Forschungsverbund Berlin e.V.', 'Berlin', 'lbz-ikz'],
    ['Fraunhofer-Institut für Angewandte Polymerforschung IAP', 'Potsdam', 'fhg-iap'],
    ['Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik IPK', 'Berlin', 'fhg-ipk'],
    ['Max-Planck-Institut für Kolloid- und Grenzflächenforschung', 'Potsdam', 'mpg-mpikg'],
  ])('recognises %s (%s) as %s', (name, city, id) => {
    const m = decide(name, city);
    expect([m?.decision, m?.candidateId]).toEqual([expect.toBeOneOf(recognised), id]);
  });

  it.each([
    ['FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV', 'MUENCHEN'],
    ['MAX-PLANCK-GESELLSCHAFT ZUR FORDERUNG DER WISSENSCHAFTEN EV', 'MUENCHEN'],
  ])('never takes the head office %s (%s) for one of its institutes', (name, city) => {
    expect(recognised).not.toContain(decide(name, city)?.decision);
  });
});
