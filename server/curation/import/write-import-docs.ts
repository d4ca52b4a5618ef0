// Writes docs/import.md from the templates (npm run docs:import).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { importDocs } from './import-docs.ts';

const target = path.join(projectRoot, 'docs', 'import.md');
writeFileSync(target, importDocs());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
