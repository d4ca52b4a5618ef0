// Transfer partners in the explorer: the panel, its query, and how a recommendation is explained
// and highlighted. Other parts of the client use only what this entry exports.
export { evidenceHighlight, explain } from './explain.ts';
export { fetchPartners, mountPartnerPanel } from './panel.ts';
export type { PartnerAnswer, Term } from './types.ts';
