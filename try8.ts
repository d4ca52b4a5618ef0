import { Database } from './server/db.ts';
import { buildApp } from './server/app.ts';
import { clientDist } from './server/client-build.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const db = Database.connect('bolt://127.0.0.1:7699', 'neo4j', 'x', 'neo4j');
const app = await buildApp({ db, clientDir: clientDist });
const srv = app.express.listen(4995);
try { const r = await promisify(execFile)('node', ['/tmp/shot2.mjs', 'http://127.0.0.1:4995/' + (process.argv[2] ?? ''), '/tmp/s1.png', '/tmp/s2.png']); console.log(r.stdout, r.stderr); } catch (e) { console.log(String((e as any).stdout), String((e as any).stderr).slice(0, 1500)); }
srv.close(); await app.stop(); await db.close();
