// The German and English words people write for the stored values of shared/vocabulary.ts, with
// the spellings found in real lists. Each stored value is also accepted as itself.
import type { CooperationKind, OrganizationKind, ParticipationRole, ProjectLevel, Society, UniversityKind } from './vocabulary.ts';

export interface ValueLabel {
  de: string;
  en: string;
  aliases?: readonly string[];
}

export type ValueLabels<T extends string> = Readonly<Record<T, ValueLabel>>;

export const organizationKindLabels: ValueLabels<OrganizationKind> = {
  company: { de: 'Unternehmen', en: 'company', aliases: ['Firma', 'KMU', 'Betrieb', 'enterprise'] },
  university: { de: 'Hochschule', en: 'university', aliases: ['Universität', 'Fachhochschule', 'Uni'] },
  research_institute: {
    de: 'Forschungsinstitut',
    en: 'research institute',
    aliases: ['Forschungseinrichtung', 'Institut', 'Forschung', 'institute'],
  },
  chamber: { de: 'Kammer', en: 'chamber', aliases: ['IHK', 'HWK', 'Handwerkskammer', 'Industrie- und Handelskammer'] },
  association: { de: 'Verband', en: 'association', aliases: ['Verein', 'Wirtschaftsverband'] },
  network: { de: 'Netzwerk', en: 'network', aliases: ['Cluster', 'Initiative'] },
  agency: { de: 'Agentur', en: 'agency', aliases: ['Wirtschaftsförderung', 'Förderagentur'] },
  ministry: { de: 'Ministerium', en: 'ministry', aliases: ['Behörde', 'Landesministerium', 'authority'] },
};

export const universityKindLabels: ValueLabels<UniversityKind> = {
  university: { de: 'Universität', en: 'university', aliases: ['Uni', 'Technische Universität', 'TU'] },
  university_applied: {
    de: 'Hochschule für angewandte Wissenschaften',
    en: 'university of applied sciences',
    aliases: ['Fachhochschule', 'FH', 'HAW', 'Technische Hochschule', 'TH'],
  },
  art_college: { de: 'Kunsthochschule', en: 'art college', aliases: ['Musikhochschule', 'Filmuniversität'] },
  private: { de: 'Private Hochschule', en: 'private university', aliases: ['privat', 'private'] },
};

export const societyLabels: ValueLabels<Society> = {
  leibniz: { de: 'Leibniz-Gemeinschaft', en: 'Leibniz Association', aliases: ['Leibniz', 'WGL'] },
  fraunhofer: { de: 'Fraunhofer-Gesellschaft', en: 'Fraunhofer Society', aliases: ['Fraunhofer', 'FhG'] },
  max_planck: { de: 'Max-Planck-Gesellschaft', en: 'Max Planck Society', aliases: ['Max Planck', 'MPG'] },
  other: { de: 'Andere', en: 'other', aliases: ['sonstige', 'Helmholtz', 'Helmholtz-Gemeinschaft', 'Ressortforschung'] },
};

export const projectLevelLabels: ValueLabels<ProjectLevel> = {
  regional: { de: 'Regional', en: 'regional', aliases: ['Land', 'Landesebene', 'Brandenburg'] },
  national: { de: 'National', en: 'national', aliases: ['Bund', 'Bundesebene', 'federal'] },
  international: { de: 'International', en: 'international', aliases: ['EU', 'europäisch', 'European'] },
};

export const participationRoleLabels: ValueLabels<ParticipationRole> = {
  lead: { de: 'Koordinator', en: 'lead', aliases: ['Leitung', 'Koordination', 'Verbundkoordinator', 'Konsortialführer', 'coordinator'] },
  partner: { de: 'Partner', en: 'partner', aliases: ['Verbundpartner', 'Projektpartner', 'Teilnehmer', 'participant'] },
};

export const cooperationKindLabels: ValueLabels<CooperationKind> = {
  supply: { de: 'Zulieferung', en: 'supply', aliases: ['Lieferung', 'Lieferant', 'supplier'] },
  development: { de: 'Entwicklung', en: 'development', aliases: ['Produktentwicklung', 'F&E', 'R&D'] },
  research: { de: 'Forschung', en: 'research', aliases: ['Forschungskooperation'] },
  training: { de: 'Ausbildung', en: 'training', aliases: ['Weiterbildung', 'Qualifizierung', 'education'] },
  service: { de: 'Dienstleistung', en: 'service', aliases: ['Service', 'Wartung'] },
};
