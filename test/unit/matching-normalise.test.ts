import { describe, expect, it } from 'vitest';
import { bracketNames, fold, nameKey, normaliseName, placeTokens } from '../../server/curation/matching/normalise.ts';

describe('normalising organisation names', () => {
  it('brings both spellings of umlauts and ß, and CORDIS’s dropped umlauts, to one form', () => {
    expect(fold('Förderung')).toBe(fold('Foerderung'));
    expect(fold('Förderung')).toBe(fold('FORDERUNG'));
    expect(fold('Weierstraß')).toBe(fold('Weierstrass'));
    expect(nameKey('Technische Universität Berlin')).toBe(nameKey('TECHNISCHE UNIVERSITAET BERLIN'));
    expect(nameKey('Technische Universität Berlin')).toBe(nameKey('TECHNISCHE UNIVERSITAT BERLIN'));
  });

  it('sets the legal form aside however it is written, and names it', () => {
    const forms: [string, string][] = [
      ['Ziegler Behälterbau GmbH & Co. KG', 'GmbH & Co. KG'],
      ['Ziegler Behälterbau GmbH u. Co. KG', 'GmbH & Co. KG'],
      ['ZIEGLER BEHALTERBAU GMBH & CO KG', 'GmbH & Co. KG'],
      ['Ziegler Behälterbau Gesellschaft mit beschränkter Haftung', 'GmbH'],
      ['Ziegler Behälterbau UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)'],
      ['Ziegler Behälterbau e. K.', 'e.K.'],
      ['Ziegler Behälterbau gGmbH', 'gGmbH'],
      ['Ziegler Behälterbau AG', 'AG'],
    ];
    for (const [name, form] of forms) {
      expect(normaliseName(name), name).toMatchObject({ key: nameKey('Ziegler Behälterbau'), legalForm: form });
    }
    expect(normaliseName('Verband der Metall- und Elektroindustrie e.V.').legalForm).toBe('e.V.');
  });

  it('never reads the first word as a legal form', () => {
    expect(normaliseName('AG Metallbau').tokens).toEqual(['ag', 'metallbau']);
  });

  it('leaves out stop words and punctuation: "für" or not, hyphen or space, one name', () => {
    expect(nameKey('Hochschule für Technik und Wirtschaft Berlin')).toBe(nameKey('Hochschule Technik Wirtschaft Berlin'));
    expect(nameKey('Max-Planck-Institut für Bildungsforschung')).toBe(nameKey('Max Planck Institut Bildungsforschung'));
  });

  it('expands the abbreviations of the table, German and English type words alike', () => {
    expect(nameKey('TU Berlin')).toBe(nameKey('Technische Universität Berlin'));
    expect(nameKey('TH Wildau')).toBe(nameKey('Technische Hochschule Wildau'));
    expect(nameKey('FH Potsdam')).toBe(nameKey('Fachhochschule Potsdam'));
    expect(nameKey('Univ. Potsdam')).toBe(nameKey('Universität Potsdam'));
    expect(nameKey('Technical University of Berlin')).toBe(nameKey('Technische Universität Berlin'));
    expect(nameKey('BTU Cottbus-Senftenberg')).toBe(nameKey('Brandenburgische Technische Universität Cottbus-Senftenberg'));
  });

  it('reads the Fraunhofer-Gesellschaft’s long name before an institute as "Fraunhofer", and keeps the society alone as it is', () => {
    const written =
      'Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V. - Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik';
    expect(nameKey(written)).toBe(nameKey('Fraunhofer Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik'));
    expect(normaliseName('Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.').tokens).toContain('gesellschaft');
  });

  it('reads a Leibniz institute "im Forschungsverbund Berlin e.V." as the institute, and keeps the Forschungsverbund alone as it is', () => {
    expect(nameKey('Leibniz-Institut für Kristallzüchtung im Forschungsverbund Berlin e.V.')).toBe(
      nameKey('Leibniz-Institut für Kristallzüchtung'),
    );
    expect(nameKey('Forschungsverbund Berlin e.V.')).toBe(nameKey('Forschungsverbund Berlin'));
    expect(nameKey('Forschungsverbund Berlin e.V.')).not.toBe('');
  });

  it('finds acronyms in mixed-case names but not in names written all in capitals', () => {
    expect(normaliseName('Fraunhofer IPK').acronyms).toEqual(['ipk']);
    expect(normaliseName('Hochschule für Soziale Arbeit und Pädagogik (HSAP)').acronyms).toEqual(['hsap']);
    expect(normaliseName('Metallbau GmbH').acronyms).toEqual([]);
    expect(normaliseName('TECHNISCHE UNIVERSITAT BERLIN').acronyms).toEqual([]);
  });

  it('leaves bracketed remarks out of the key and keeps names in brackets as other names', () => {
    expect(nameKey('Europa-Universität Viadrina Frankfurt (Oder)')).toBe(nameKey('Europa-Universität Viadrina Frankfurt'));
    expect(bracketNames('Max-Planck-Institut für Gravitationsphysik (Albert-Einstein-Institut), Potsdam-Golm')).toEqual([
      'Albert-Einstein-Institut',
    ]);
    expect(bracketNames('Frankfurt (Oder)')).toEqual([]);
  });

  it('writes a town one way however it is spelled', () => {
    const frankfurt = placeTokens('Frankfurt (Oder)');
    expect(placeTokens('Frankfurt/Oder')).toEqual(frankfurt);
    expect(placeTokens('frankfurt-oder')).toEqual(frankfurt);
    expect(placeTokens('Frankfurt an der Oder')).toEqual(frankfurt);
    expect(placeTokens('Brandenburg a.d. Havel')).toEqual(placeTokens('Brandenburg an der Havel'));
  });
});
