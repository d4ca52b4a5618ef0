// The words of organisation names that normalisation treats specially: legal forms, stop words,
// abbreviations, society prefixes and words so common that sharing them says little. All entries
// are folded (see fold in normalise.ts): lower case, ä/ae → a, ö/oe → o, ü/ue → u, ß → ss.

/**
 * Legal forms as token sequences (punctuation gone: "e.V." is ["e", "v"]) with one code each, so
 * that "GmbH & Co. KG", "GmbH und Co KG" and "GMBH & CO KG" compare equal. Source: the forms of
 * the German commercial register (HGB, GmbHG, AktG, GenG, PartGG, BGB §21 for e.V.) as
 * Handelsregister, CORDIS and the Förderkatalog write them, plus the foreign forms CORDIS lists
 * most (Ltd, SA, BV, Srl …). The longest sequence wins at each position.
 */
const forms: Readonly<Record<string, readonly string[]>> = {
  'GmbH & Co. KGaA': ['gmbh & co kgaa', 'gmbh und co kgaa', 'gmbh u co kgaa', 'gmbh co kgaa'],
  'GmbH & Co. KG': ['gmbh & co kg', 'gmbh und co kg', 'gmbh u co kg', 'gmbh and co kg', 'gmbh co kg', 'gmbh & cokg', 'gmbh cokg'],
  'AG & Co. KG': ['ag & co kg', 'ag und co kg', 'ag u co kg', 'ag co kg'],
  'SE & Co. KG': ['se & co kg', 'se und co kg', 'se co kg'],
  'UG & Co. KG': ['ug haftungsbeschrankt & co kg', 'ug & co kg', 'ug haftungsbeschrankt und co kg'],
  'UG (haftungsbeschränkt)': ['ug haftungsbeschrankt', 'ug', 'haftungsbeschrankt'],
  gGmbH: ['ggmbh', 'g gmbh', 'gemeinnutzige gmbh', 'gemeinnutzige gesellschaft mit beschrankter haftung'],
  GmbH: ['gesellschaft mit beschrankter haftung', 'gesellschaft mbh', 'gmbh', 'mbh'],
  KGaA: ['kgaa', 'kommanditgesellschaft auf aktien'],
  AG: ['aktiengesellschaft', 'ag'],
  KG: ['kommanditgesellschaft', 'kg'],
  OHG: ['offene handelsgesellschaft', 'ohg'],
  'e.K.': ['eingetragener kaufmann', 'eingetragene kauffrau', 'e kfm', 'e kfr', 'e k', 'ek'],
  'e.V.': ['eingetragener verein', 'e v', 'ev'],
  eG: ['eingetragene genossenschaft', 'e g', 'eg'],
  GbR: ['gesellschaft burgerlichen rechts', 'gbr'],
  PartG: ['partgmbb', 'partg mbb', 'partg'],
  SE: ['se'],
  AöR: ['anstalt offentlichen rechts', 'aor', 'kdor'],
  Ltd: ['limited', 'ltd', 'plc', 'llc', 'inc', 'corp'],
  SA: ['s a', 'sa', 'sarl', 'sas', 'spa', 's p a', 'srl', 's r l'],
  BV: ['b v', 'bv', 'n v', 'nv'],
  'sp. z o.o.': ['sp z o o', 'spzoo'],
};

export const legalForms: readonly { tokens: readonly string[]; form: string }[] = Object.entries(forms)
  .flatMap(([form, spellings]) => spellings.map((s) => ({ tokens: s.split(' '), form })))
  .sort((a, b) => b.tokens.length - a.tokens.length);

/** Articles, prepositions and conjunctions (German, English, French): "für" or not, one name. */
export const stopWords: ReadonlySet<string> = new Set(
  ['fur der die das des dem den und u zu zur zum von vom an am im in auf bei mit aus', 'the of and for at a an de du la le et &']
    .join(' ')
    .split(' '),
);

/**
 * Abbreviations that stand for the same words in every name, expanded before comparing. Sources:
 * the type words of the Hochschulkompass (HRK) list (TU, TH, FH, HS, Uni), the abbreviations of
 * the Förderkatalog's recipient names (Univ., Inst., Techn., Ges., Forsch., Zentr., Dt.), and the
 * few acronyms that name a kind of body in Germany (IHK, HWK, MPI, FhG).
 * BTU and HTW name one university each in this region and are written so in funding records.
 */
export const abbreviations: Readonly<Record<string, string>> = {
  tu: 'technische universitat',
  th: 'technische hochschule',
  fh: 'fachhochschule',
  hs: 'hochschule',
  uni: 'universitat',
  univ: 'universitat',
  inst: 'institut',
  techn: 'technische',
  ges: 'gesellschaft',
  forsch: 'forschung',
  zentr: 'zentrum',
  dt: 'deutsches',
  ihk: 'industrie handelskammer',
  hwk: 'handwerkskammer',
  mpi: 'max planck institut',
  fhg: 'fraunhofer gesellschaft',
  btu: 'brandenburgische technische universitat',
  htw: 'hochschule technik wirtschaft',
  // The English type words of German bodies, as CORDIS and English websites write them
  // ("Technical University of Berlin"); both sides are translated, so "University of Applied
  // Sciences" names still compare equal among themselves.
  university: 'universitat',
  technical: 'technische',
  institute: 'institut',
  academy: 'akademie',
  society: 'gesellschaft',
  center: 'zentrum',
  centre: 'zentrum',
  research: 'forschung',
};

/**
 * The long names of the research societies as public funding sources write them before the
 * institute ("Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V. – Institut für
 * …"), folded and without stop words, with what they stand for inside a name. Source: the
 * recipient names of the Förderkatalog (foerderportal.bund.de) and CORDIS.
 */
export const societyPrefixes: readonly { tokens: readonly string[]; replacement: readonly string[] }[] = [
  { tokens: ['fraunhofer', 'gesellschaft', 'forderung', 'angewandten', 'forschung'], replacement: ['fraunhofer'] },
  { tokens: ['max', 'planck', 'gesellschaft', 'forderung', 'wissenschaften'], replacement: ['max', 'planck'] },
  { tokens: ['leibniz', 'gemeinschaft'], replacement: ['leibniz'] },
  { tokens: ['helmholtz', 'gemeinschaft', 'deutscher', 'forschungszentren'], replacement: ['helmholtz'] },
];

/**
 * The legal carrier some institutes name after their own name: the eight Leibniz institutes of the
 * Forschungsverbund Berlin are "… im Forschungsverbund Berlin e.V." in registers and funding
 * lists, and plainly "Leibniz-Institut für Kristallzüchtung" everywhere else.
 */
export const carrierSuffixes: readonly (readonly string[])[] = [['forschungsverbund', 'berlin']];

/**
 * Words that many organisations share: a match on them alone says little, so they weigh less
 * (type words of universities, institutes and bodies, society names, the region). Trade words
 * ("Maschinenbau") are not among them: "Müller Maschinenbau" and "Müller Elektronik" are two firms.
 */
export const commonWords: ReadonlySet<string> = new Set(
  [
    'universitat university hochschule fachhochschule technische technical institut institute forschung',
    'forschungsinstitut forschungszentrum zentrum center centre gesellschaft society fraunhofer leibniz max planck',
    'helmholtz deutsches deutsche german angewandte applied sciences wissenschaften school college international',
    'akademie academy kammer verband stiftung landes land europa european berlin brandenburg',
  ]
    .join(' ')
    .split(' '),
);
