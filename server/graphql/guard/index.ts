// The API's guard: shape limits (armor), page sizes and the note on a full page, the cost limit
// with each client's budget, and the gate every root field passes. The app and the schema use it
// through this entry.
export { armor, parseOptions, shapeLimits, tooManyTokens } from './armor.ts';
export { BudgetSpent, ClientBudget } from './budget.ts';
export { gateRootFields, requestGate, type Gate } from './gate.ts';
export { limitDirective, pageSize } from './page-size.ts';
export { useCostLimit } from './use-cost-limit.ts';
export { usePageNote } from './use-page-note.ts';
