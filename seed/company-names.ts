// Invented but plausible company names: a trade word that fits the main competence, a
// regional adjective or a common surname, and a legal form that fits the size.
import type { SizeClass } from './dataset.ts';
import type { Rng } from './random.ts';

const trades: Readonly<Record<string, readonly string[]>> = {
  zerspanung: ['Zerspanungstechnik', 'CNC-Technik', 'Präzisionsteile', 'Drehteile', 'Frästechnik', 'Präzisionsmechanik'],
  stahlbau: ['Stahlbau', 'Metallbau', 'Stahl- und Metallbau', 'Behälterbau', 'Stahl- und Anlagenbau', 'Metallverarbeitung'],
  fuegetechnik: ['Schweißtechnik', 'Schweißbau', 'Fügetechnik', 'Schweiß- und Montagetechnik'],
  maschinenbau: ['Maschinenbau', 'Sondermaschinenbau', 'Anlagenbau', 'Fördertechnik', 'Antriebstechnik', 'Vorrichtungsbau'],
  giessereitechnik: ['Gießerei', 'Gusstechnik', 'Leichtmetallguss', 'Eisengießerei', 'Feinguss', 'Metallguss'],
  umformtechnik: ['Umformtechnik', 'Blechbearbeitung', 'Stanztechnik', 'Schmiedetechnik', 'Biegetechnik'],
  oberflaechentechnik: ['Oberflächentechnik', 'Galvanotechnik', 'Beschichtungstechnik', 'Pulverbeschichtung', 'Härtetechnik'],
  werkzeugbau: ['Werkzeugbau', 'Formenbau', 'Werkzeug- und Formenbau', 'Stanzwerkzeuge'],
  automatisierung: ['Automatisierungstechnik', 'Steuerungstechnik', 'Elektrotechnik', 'Schaltanlagenbau', 'Antriebssysteme'],
  robotik: ['Robotertechnik', 'Handhabungstechnik', 'Robotersysteme'],
  sensorik: ['Sensortechnik', 'Messtechnik', 'Sensorsysteme'],
  photonik: ['Lasertechnik', 'Laserbearbeitung', 'Optiksysteme'],
  mikroelektronik: ['Elektronik', 'Baugruppenfertigung', 'Elektroniksysteme'],
  leistungselektronik: ['Leistungselektronik', 'Stromrichtertechnik'],
  'additive-fertigung': ['3D-Drucktechnik', 'Additive Fertigung', 'Lasersintertechnik'],
  'industrie-40': ['Industriesoftware', 'Fertigungsinformatik', 'Digitale Fertigung'],
  kunststoffe: ['Kunststofftechnik', 'Faserverbundtechnik', 'Verbundwerkstoffe'],
  leichtbau: ['Leichtbau', 'Leichtbausysteme', 'Aluminiumtechnik'],
  werkstoffe: ['Werkstofftechnik', 'Metallveredelung', 'Sonderwerkstoffe'],
  simulation: ['Konstruktion und Berechnung', 'Ingenieurtechnik', 'Simulationstechnik'],
  pruefung: ['Prüftechnik', 'Werkstoffprüfung', 'Qualitätsprüfung'],
  energiespeicher: ['Energiesysteme', 'Wasserstofftechnik', 'Speichertechnik'],
};

// Landscape names rather than town names, so that no invented firm borrows a real town's.
const regional: Readonly<Record<string, readonly string[]>> = {
  barnim: ['Barnimer'],
  'dahme-spreewald': ['Spreewälder', 'Dahmeländer'],
  'elbe-elster': ['Niederlausitzer', 'Elsterländer'],
  havelland: ['Havelländer', 'Havelländische'],
  'maerkisch-oderland': ['Oderländer', 'Märkisch-Oderländer'],
  oberhavel: ['Oberhaveler', 'Nordbrandenburger'],
  'oberspreewald-lausitz': ['Lausitzer', 'Spreewälder'],
  'oder-spree': ['Ostbrandenburger', 'Oder-Spree'],
  'ostprignitz-ruppin': ['Ruppiner', 'Ostprignitzer'],
  'potsdam-mittelmark': ['Mittelmärkische', 'Zauche-Fläminger'],
  prignitz: ['Prignitzer'],
  'spree-neisse': ['Lausitzer', 'Neiße-Spree'],
  'teltow-flaeming': ['Fläminger', 'Teltower'],
  uckermark: ['Uckermärker', 'Uckermärkische'],
  'brandenburg-an-der-havel': ['Brandenburger', 'Havelländische'],
  cottbus: ['Cottbuser', 'Lausitzer'],
  'frankfurt-oder': ['Ostbrandenburger', 'Oderländer'],
  potsdam: ['Potsdamer', 'Babelsberger'],
};
const statewide = ['Märkische', 'Brandenburgische'];

const surnames = [
  'Müller',
  'Schmidt',
  'Schulze',
  'Krüger',
  'Lehmann',
  'Neumann',
  'Schröder',
  'Wolff',
  'Hoffmann',
  'Richter',
  'Köhler',
  'Wagner',
  'Becker',
  'Fischer',
  'Meyer',
  'Zimmermann',
  'Hartmann',
  'Krause',
  'Lange',
  'Schwarz',
  'Franke',
  'Werner',
  'Günther',
  'Winkler',
  'Ludwig',
  'Böhme',
  'Kühn',
  'Kunze',
  'Thiele',
  'Voigt',
  'Jahn',
  'Beyer',
  'Seidel',
  'Arndt',
  'Pohl',
  'Rösler',
  'Brandt',
  'Wendt',
  'Kretschmer',
  'Noack',
  'Matthes',
  'Petzold',
  'Paschke',
  'Hanisch',
  'Mielke',
  'Wiesner',
  'Kaminski',
  'Nowak',
  'Pietsch',
  'Bergmann',
  'Dietrich',
  'Hübner',
  'Schubert',
  'Vogel',
  'Albrecht',
  'Marquardt',
  'Gericke',
  'Buchholz',
  'Ziegler',
  'Heinze',
  'Kowalski',
  'Lorenz',
  'Ebert',
  'Fiedler',
  'Grabow',
  'Hinz',
  'Jänicke',
  'Kallies',
  'Lemke',
  'Möller',
  'Nitsche',
  'Ortmann',
  'Prochnow',
  'Quast',
  'Rathke',
  'Schenk',
  'Tietz',
  'Ulbrich',
  'Wache',
  'Zander',
  'Bathe',
  'Dahms',
  'Ewert',
  'Fröhlich',
  'Gutsche',
  'Hennig',
  'Irmer',
  'Kubisch',
  'Domke',
  'Mattke',
];

const legalForms: Readonly<Record<SizeClass, readonly (readonly [string, number])[]>> = {
  micro: [
    ['GmbH', 60],
    ['e.K.', 25],
    ['GmbH & Co. KG', 10],
    ['KG', 5],
  ],
  small: [
    ['GmbH', 75],
    ['GmbH & Co. KG', 20],
    ['KG', 5],
  ],
  medium: [
    ['GmbH', 70],
    ['GmbH & Co. KG', 25],
    ['AG', 5],
  ],
  large: [
    ['GmbH', 60],
    ['GmbH & Co. KG', 25],
    ['AG', 15],
  ],
};

export interface CompanyName {
  name: string;
  shortName: string;
}

export interface NameRequest {
  competence: string; // the main competence
  districtId: string;
  sizeClass: SizeClass;
}

const fallbackTrades = ['Metalltechnik'];
const patternWeights = [15, 35, 30, 10, 10];
const patterns = [0, 1, 2, 3, 4];

function draw(rng: Rng, request: NameRequest, pattern: number): CompanyName {
  const trade = rng.pick(trades[request.competence] ?? fallbackTrades);
  const local = regional[request.districtId] ?? statewide;
  const region = rng.chance(0.8) ? rng.pick(local) : rng.pick(statewide);
  const surname = rng.pick(surnames);
  // A sole trader (e.K.) carries a person's name, so patterns without one avoid it.
  const withPerson = pattern !== 0;
  const legal = rng.weighted(legalForms[request.sizeClass], ([form, w]) => (withPerson || form !== 'e.K.' ? w : 0))[0];
  switch (pattern) {
    case 0:
      return { name: `${region} ${trade} ${legal}`, shortName: `${region} ${trade}` };
    case 1: {
      const family = request.sizeClass !== 'micro' && rng.chance(0.25) ? ' & Söhne' : '';
      return { name: `${trade} ${surname}${family} ${legal}`, shortName: `${trade} ${surname}` };
    }
    case 2:
      return { name: `${surname} ${trade} ${legal}`, shortName: `${surname} ${trade}` };
    case 3:
      return { name: `${region} ${trade} ${surname} ${legal}`, shortName: `${trade} ${surname}` };
    default: {
      const k = rng.int(0, surnames.length - 2);
      const partner = surnames[k] === surname ? (surnames[surnames.length - 1] ?? surname) : (surnames[k] ?? surname);
      return { name: `${surname} & ${partner} ${trade} ${legal}`, shortName: `${surname} & ${partner}` };
    }
  }
}

// Unique names: retry with fresh draws; the two-surname pattern has millions of
// combinations, so a crowded dataset falls back to it.
export function createNamer(rng: Rng, reserved: readonly string[] = []) {
  const used = new Set(reserved);
  return (request: NameRequest): CompanyName => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const pattern = attempt < 3 ? rng.weighted(patterns, (p) => patternWeights[p] ?? 0) : 4;
      const candidate = draw(rng, request, pattern);
      if (!used.has(candidate.name)) {
        used.add(candidate.name);
        return candidate;
      }
    }
    throw new Error('no unique company name left; extend the name vocabulary');
  };
}
