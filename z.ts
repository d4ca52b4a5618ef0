import { readImportFile } from './server/curation/import/read-import-file.ts';
import { Readable } from 'node:stream';
const csv = '\ufeffName;Kurzname;Art;Ort;PLZ;Breitengrad;Längengrad;Beschäftigte;Gründungsjahr;Webseite;Kompetenzen;Foo\r\n' +
 'Muster GmbH;M;Unternehmen;Cottbus;3046;51,75;14,33;1.234;1998;www.muster.de;Schweißen|Fräsen;x\r\n' +
 'Muster GmbH;M;Firma;cottbus;03046;51.75;10;12,5;abc;=HYPERLINK("x");a;\r\n' +
 ';;xyz;;;;;;;;;\r\n';
const f = await readImportFile(Readable.from([Buffer.from(csv)]), { kind: 'organizations', fileName: 'orgs.csv' });
console.log(JSON.stringify(f.header, null, 1));
for await (const r of f.rows) console.log(JSON.stringify(r));
