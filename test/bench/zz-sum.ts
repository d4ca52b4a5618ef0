import { readFileSync } from 'node:fs';
import { summarise } from './trace.ts';
const parsed = JSON.parse(readFileSync(process.argv[2] as string, 'utf8'));
const s = summarise(Array.isArray(parsed) ? parsed : parsed.traceEvents);
console.log(JSON.stringify(s.events.slice(0, 12)));
console.log(s.selfJs.slice(0, 25).map(([k, v]) => `${v} ${k}`).join('\n'));
console.log('--- inclusive');
console.log(s.inclusiveJs.slice(0, 40).map(([k, v]) => `${v} ${k}`).join('\n'));
