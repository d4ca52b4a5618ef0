// Public sources of cooperation data, read and mapped to the records the import understands:
// CORDIS packages (EU projects) and Förderkatalog exports (federal joint projects). The way in for
// the import; docs/sources.md describes the files.
export { readCordis } from './cordis/read.ts';
export { readFoerderkatalog } from './foerderkatalog/read.ts';
export { SourceFileError } from './source-problems.ts';
