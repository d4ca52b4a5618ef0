// The words of the international-reach report and of the detail panel's provenance, German first;
// the type of `internationalEn` makes a missing English text a compile error.
export const internationalDe = {
  gapLens_international: 'Internationale Reichweite',
  gapIntro_international:
    'Organisationen der Region (Landkreise Brandenburgs und Berlin) mit Partnern im Ausland über gemeinsame Projekte, und in welchen Ländern; rot: ohne Partner im Ausland.',
  gapGroup_with_abroad: 'mit Partnern im Ausland',
  gapGroup_without_abroad: 'ohne Partner im Ausland',
  gapGroup_abroad: 'Partner im Ausland',
  gapChartCountries: 'Nach Land',
  gapCountries: 'Länder',
  gapInternationalNote:
    '{with} von {total} Organisationen der Region haben Partner im Ausland ({partners} Partner, Länder: {countries}); {without} haben keine.',
  gapInternationalKind: '{kind}: {with} mit, {without} ohne Partner im Ausland',
  col_foreignPartners: 'Partner im Ausland',
  col_countries: 'Länder',
  col_country: 'Land',
  col_regionalReached: 'Organisationen der Region',
  col_syntheticPartners: 'davon synthetisch',
  col_projectTitles: 'Projekte (Auswahl)',
  provenance: 'Herkunft',
  provenanceSource_cordis: 'CORDIS (EU-Forschungsprojekte)',
  provenanceSource_foerderkatalog: 'Förderkatalog des Bundes',
  provenanceRecord: 'Datensatz',
  provenanceAsOf: 'Stand',
  provenanceOpen: 'Quelle öffnen',
};

export const internationalEn: Record<keyof typeof internationalDe, string> = {
  gapLens_international: 'International reach',
  gapIntro_international:
    "The region's organisations (districts of Brandenburg and Berlin) with partners abroad through shared projects, and in which countries; red: without partners abroad.",
  gapGroup_with_abroad: 'with partners abroad',
  gapGroup_without_abroad: 'without partners abroad',
  gapGroup_abroad: 'partner abroad',
  gapChartCountries: 'By country',
  gapCountries: 'Countries',
  gapInternationalNote:
    '{with} of {total} organisations of the region have partners abroad ({partners} partners, countries: {countries}); {without} have none.',
  gapInternationalKind: '{kind}: {with} with, {without} without partners abroad',
  col_foreignPartners: 'Partners abroad',
  col_countries: 'Countries',
  col_country: 'Country',
  col_regionalReached: 'Organisations of the region',
  col_syntheticPartners: 'of them synthetic',
  col_projectTitles: 'Projects (first)',
  provenance: 'Provenance',
  provenanceSource_cordis: 'CORDIS (EU research projects)',
  provenanceSource_foerderkatalog: 'Förderkatalog des Bundes (federal funding catalogue)',
  provenanceRecord: 'Record',
  provenanceAsOf: 'as of',
  provenanceOpen: 'Open source page',
};
