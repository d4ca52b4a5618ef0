// Ids of synthetic rows: a prefix and a number zero-padded to the width of the count,
// so that they sort in creation order ("co-0001" … "co-2600").
export const paddedId = (prefix: string, index: number, count: number): string =>
  `${prefix}-${String(index + 1).padStart(String(count).length, '0')}`;

export const companyId = (index: number, companies: number): string => paddedId('co', index, companies);
export const projectId = (index: number, projects: number): string => paddedId('pr', index, projects);
