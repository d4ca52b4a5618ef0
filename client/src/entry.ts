// The page's entry: the start's question goes out at once, while the explorer's code (0.7 MB, most
// of it Cytoscape) is still being fetched and parsed, which took the first 140 ms of the first view.
import { loadStart } from './api.ts';
import { wholeLimitOf } from './graph/level-of-detail.ts';

const first = loadStart(wholeLimitOf(location.search));
// The explorer handles a failure once it runs: until then it must not count as unhandled.
first.catch(() => {});
void import('./main.ts').then((explorer) => explorer.run(first));
