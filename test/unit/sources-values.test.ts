import { describe, expect, it } from 'vitest';
import { cellText } from '../../server/sources/columns.ts';
import { jointTitle } from '../../server/sources/foerderkatalog/joint-projects.ts';
import { kindFromName } from '../../server/sources/foerderkatalog/kinds.ts';
import { kindDetails } from '../../server/sources/societies.ts';
import { germanAmount, germanDate, isoDay, plainAmount } from '../../server/sources/values.ts';

describe('German dates and amounts are read strictly', () => {
  it.each([
    ['31.12.2024', '2024-12-31'],
    ['01.03.2023', '2023-03-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(germanDate(text)).toBe(iso);
  });

  it.each(['29.02.2023', '31.04.2024', '1.3.2023', '2023-03-01', '01.03.23', ''])('refuses %j as a date', (text) => {
    expect(germanDate(text)).toBeUndefined();
  });

  it.each([
    ['1.234.567,89', 1234567.89],
    ['845.000,00', 845000],
    ['312.450,5', 312450.5],
    ['98765', 98765],
    ['0,99', 0.99],
  ])('reads %s as %d euros', (text, euros) => {
    expect(germanAmount(text)).toBe(euros);
  });

  it.each(['1,234,567.89', '1.23', '12.34.567', '1.234,567', '1 234,00', '€ 5', '-5,00', ''])('refuses %j as an amount', (text) => {
    expect(germanAmount(text)).toBeUndefined();
  });
});

describe('CORDIS dates and amounts', () => {
  it('reads a date and the date of a timestamp, and refuses what does not exist', () => {
    expect(isoDay('2024-01-15')).toBe('2024-01-15');
    expect(isoDay('2024-01-15 10:00:00')).toBe('2024-01-15');
    expect(isoDay('2024-02-30')).toBeUndefined();
    expect(isoDay('15.01.2024')).toBeUndefined();
  });

  it('reads an amount with a decimal point or comma, never with thousands separators', () => {
    expect(plainAmount('499312.5')).toBe(499312.5);
    expect(plainAmount('499312,5')).toBe(499312.5);
    expect(plainAmount('499.312,5')).toBeUndefined();
  });
});

describe('Förderkatalog cells and names', () => {
  it('takes the value out of an Excel text formula, as the portal writes its codes', () => {
    expect(cellText('="01IS20001A"')).toBe('01IS20001A');
    expect(cellText(' Cottbus ')).toBe('Cottbus');
    expect(cellText(undefined)).toBe('');
  });

  it.each([
    ['Verbundprojekt: Leichtbau im Fahrzeug - Teilvorhaben: Fügen', 'Leichtbau im Fahrzeug'],
    ['Verbundvorhaben: KI im Bau; TV 2: Modelle', 'KI im Bau'],
    ['Leichtbau im Fahrzeug', 'Leichtbau im Fahrzeug'],
  ])('makes the joint project title of %j', (topic, title) => {
    expect(jointTitle(topic)).toBe(title);
  });

  it.each([
    ['Brandenburgische Technische Universität Cottbus-Senftenberg', 'university'],
    ['Technische Hochschule Wildau', 'university'],
    ['Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.', 'research_institute'],
    ['Leibniz-Institut für Agrartechnik und Bioökonomie e.V. (ATB)', 'research_institute'],
    ['Müller Stahlbau GmbH', 'company'],
    ['Laserwerk Berlin GmbH & Co. KG', 'company'],
    ['Industrie- und Handelskammer Cottbus', 'chamber'],
    ['Verein Deutscher Ingenieure e.V.', 'association'],
    ['Stadt Cottbus', 'agency'],
  ])('guesses the kind of %j as %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});

describe('the society of an institute and the kind of a Hochschule, from the name', () => {
  it.each([
    ['Fraunhofer-Institut für Angewandte Polymerforschung IAP', 'fraunhofer'],
    ['MAX-PLANCK-GESELLSCHAFT ZUR FORDERUNG DER WISSENSCHAFTEN EV', 'max_planck'],
    ['Leibniz-Institut für Kristallzüchtung im Forschungsverbund Berlin e.V.', 'leibniz'],
    ['Bundesanstalt für Materialforschung und -prüfung', 'other'],
  ])('%s is %s', (name, society) => {
    expect(kindDetails('research_institute', name)).toEqual({ society });
  });

  it.each([
    ['TECHNISCHE UNIVERSITAT BERLIN', 'university'],
    ['TECHNISCHE HOCHSCHULE WILDAU', 'university_applied'],
    ['Hochschule für Technik und Wirtschaft Berlin', 'university_applied'],
    ['FACHHOCHSCHULE POTSDAM', 'university_applied'],
    ['HOCHSCHULE BRANDENBURG', 'university_applied'],
    ['Filmuniversität Babelsberg KONRAD WOLF', 'art_college'],
    ['UNIVERSITAET DER KUENSTE BERLIN', 'art_college'],
  ])('%s is a Hochschule of kind %s', (name, universityKind) => {
    expect(kindDetails('university', name)).toEqual({ universityKind });
  });

  it('adds nothing to other kinds', () => {
    expect(kindDetails('company', 'Fraunhofer Metallbau GmbH')).toEqual({});
  });
});
