// The fixed value sets of the graph, once: the seed writes them, the loader's rows and the API's
// enums are typed by them, the row parsers accept nothing else, and the client's forms offer them. Stored values are the enum
// values, so they stay lower-case ("research_institute"), as the data has always had them.
export const organizationKinds = [
  'company',
  'university',
  'research_institute',
  'chamber',
  'association',
  'network',
  'agency',
  'ministry',
] as const;
export const universityKinds = ['university', 'university_applied', 'art_college', 'private'] as const;
export const societies = ['leibniz', 'fraunhofer', 'max_planck', 'other'] as const;
export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
export const districtKinds = ['landkreis', 'kreisfreie_stadt', 'land'] as const;
export const projectLevels = ['regional', 'national', 'international'] as const;
export const participationRoles = ['lead', 'partner'] as const;
export const cooperationKinds = ['supply', 'development', 'research', 'training', 'service'] as const;
/** The roles of signed-in users; the public (no sign-in) has none. */
export const userRoles = ['member', 'manager', 'admin'] as const;

export type OrganizationKind = (typeof organizationKinds)[number];
export type UniversityKind = (typeof universityKinds)[number];
export type Society = (typeof societies)[number];
export type SizeClass = (typeof sizeClasses)[number];
export type DistrictKind = (typeof districtKinds)[number];
export type ProjectLevel = (typeof projectLevels)[number];
export type ParticipationRole = (typeof participationRoles)[number];
export type CooperationKind = (typeof cooperationKinds)[number];
export type UserRole = (typeof userRoles)[number];
