// German project titles, built from the action field, the main competence and the industry
// (innovation) or the region (networks, skills, cross-border work).
import type { Rng } from './random.ts';
import { competences } from './vocabulary.ts';

const objects: Readonly<Record<string, readonly string[]>> = {
  zerspanung: ['adaptiver Zerspanungsprozesse', 'hochpräziser Fräs- und Drehprozesse'],
  stahlbau: ['modularer Stahlbaukomponenten', 'ressourcenschonender Stahlkonstruktionen'],
  maschinenbau: ['energieeffizienter Sondermaschinen', 'modularer Anlagenkomponenten'],
  fuegetechnik: ['ressourceneffizienter Schweißverfahren', 'hybrider Fügeverfahren'],
  giessereitechnik: ['dünnwandiger Gussbauteile', 'CO2-armer Schmelz- und Gießprozesse'],
  umformtechnik: ['flexibler Umformprozesse', 'wirkmedienbasierter Blechumformung'],
  oberflaechentechnik: ['verschleißfester Oberflächenbeschichtungen', 'chromfreier Korrosionsschutzsysteme'],
  werkzeugbau: ['konturnah temperierter Werkzeuge', 'additiv gefertigter Formeinsätze'],
  automatisierung: ['adaptiver Steuerungssysteme', 'automatisierter Montagezellen'],
  robotik: ['kollaborierender Robotersysteme', 'robotergestützter Schweißzellen'],
  sensorik: ['integrierter Prozesssensorik', 'drahtloser Zustandsüberwachung'],
  photonik: ['laserbasierter Fertigungsverfahren', 'optischer Inline-Messtechnik'],
  mikroelektronik: ['robuster Elektronikbaugruppen', 'eingebetteter Sensorelektronik'],
  leistungselektronik: ['effizienter Leistungswandler', 'GaN-basierter Umrichter'],
  'additive-fertigung': ['additiv gefertigter Metallbauteile', 'hybrider additiver Fertigungsketten'],
  'industrie-40': ['vernetzter Fertigungsdatenplattformen', 'KI-gestützter Prozessüberwachung'],
  kunststoffe: ['faserverstärkter Kunststoffbauteile', 'recyclingfähiger Verbundwerkstoffe'],
  leichtbau: ['metallischer Leichtbaustrukturen', 'hybrider Leichtbaukomponenten'],
  werkstoffe: ['hochfester Stahlwerkstoffe', 'neuer Aluminiumlegierungen'],
  simulation: ['digitaler Zwillinge', 'simulationsgestützter Prozessauslegung'],
  pruefung: ['zerstörungsfreier Prüfverfahren', 'KI-gestützter Qualitätsprüfung'],
  energiespeicher: ['metallischer Wasserstoffspeicher', 'langlebiger Batteriegehäuse'],
};

const verbs = ['Entwicklung', 'Erprobung', 'Optimierung', 'Industrialisierung', 'Validierung'];

const targets: Readonly<Record<string, string>> = {
  fahrzeugbau: 'für den Fahrzeugbau',
  energietechnik: 'für die Energietechnik',
  elektroindustrie: 'für die Elektroindustrie',
  schienenverkehr: 'für den Schienenfahrzeugbau',
  'luft-raumfahrt': 'für die Luft- und Raumfahrt',
};

// Regions as people there name them, by district.
const regions: Readonly<Record<string, string>> = {
  cottbus: 'Lausitz',
  'spree-neisse': 'Lausitz',
  'oberspreewald-lausitz': 'Lausitz',
  'elbe-elster': 'Südbrandenburg',
  'dahme-spreewald': 'Dahme-Spreewald',
  'frankfurt-oder': 'Ostbrandenburg',
  'oder-spree': 'Ostbrandenburg',
  'maerkisch-oderland': 'Ostbrandenburg',
  barnim: 'Barnim-Uckermark',
  uckermark: 'Barnim-Uckermark',
  prignitz: 'Prignitz-Ruppin',
  'ostprignitz-ruppin': 'Prignitz-Ruppin',
  havelland: 'Havelland',
  'brandenburg-an-der-havel': 'Havelland',
  oberhavel: 'Oberhavel',
  potsdam: 'Potsdam-Mittelmark',
  'potsdam-mittelmark': 'Potsdam-Mittelmark',
  'teltow-flaeming': 'Teltow-Fläming',
};

const labelOf = new Map(competences.map((c) => [c.id, c.nameDe]));

export interface TitleRequest {
  actionFieldId: string;
  competenceId: string;
  industryId: string | undefined;
  districtId: string | undefined;
  crossBorder: boolean;
}

export function projectTitle(rng: Rng, request: TitleRequest): string {
  const label = labelOf.get(request.competenceId) ?? 'Metall';
  const region = regions[request.districtId ?? ''] ?? 'Brandenburg';
  if (request.crossBorder) {
    return rng.pick([
      `Deutsch-polnischer Verbund ${label}`,
      `Grenzüberschreitende Fachkräfte- und Technologiepartnerschaft ${label}`,
      `Oder-Partnerschaft ${label}`,
    ]);
  }
  switch (request.actionFieldId) {
    case 'kooperation':
      return rng.pick([
        `Kooperationsnetzwerk ${label} ${region}`,
        `Wertschöpfungsverbund ${label} ${region}`,
        `Zuliefernetzwerk ${label} ${region}`,
      ]);
    case 'fachkraefte':
      return rng.pick([
        `Fachkräfteallianz ${label} ${region}`,
        `Qualifizierungsverbund ${label}`,
        `Ausbildungsnetzwerk Metall ${region}`,
        `Weiterbildung ${label} im Mittelstand`,
      ]);
    case 'internationales':
      return rng.pick([
        `Internationale Markterschließung ${label}`,
        `Europäisches Netzwerk ${label}`,
        `Technologiepartnerschaft ${label} Europa`,
      ]);
    default: {
      const object = rng.pick(objects[request.competenceId] ?? ['neuer Fertigungsverfahren']);
      const target = targets[request.industryId ?? ''];
      return `${rng.pick(verbs)} ${object}${target ? ` ${target}` : ''}`;
    }
  }
}
