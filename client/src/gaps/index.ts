// The gap lens in the explorer: reports as data, their queries, the lens' view of the graph and
// the panel. Other parts of the client use only what this entry exports.
export {
  fetchIntroductions,
  fetchLens,
  fetchMetricsStatus,
  fetchReport,
  type GapLensKind,
  type Introduction,
  type IntroductionGap,
  type LensGroup,
  type MetricsStatus,
  type ReportData,
} from './api.ts';
export { gapKeys, gapTarget, lensView, type LensView } from './lens-view.ts';
export { mountGapPanel } from './panel.ts';
export { groupColors, lensDefinitions, restColor } from './lenses.ts';
