// The source benchmark's baseline: the same records in scope loaded as a first loader would, one
// MERGE per organisation (by PIC), project (by id) and participation, each its own transaction,
// project after project with its participants: no matching, no review, no provenance, no audit.
// Indexes on the two keys keep its rate from falling as the graph grows.
import type { Database } from '../../server/db.ts';
import type { SourceBatch } from '../../server/sources/source-records.ts';

const mergeProject = 'MERGE (p:Project {benchKey: $key}) SET p += $props';
const mergeOrganization = 'MERGE (o:Organization {benchKey: $key}) SET o += $props';
const mergeParticipation = `
MATCH (o:Organization {benchKey: $org}), (p:Project {benchKey: $project})
MERGE (o)-[r:PARTICIPATES_IN]->(p) SET r.role = $role, r.euContributionEur = $eu`;
const indexes = [
  'CREATE INDEX bench_project_key IF NOT EXISTS FOR (n:Project) ON (n.benchKey)',
  'CREATE INDEX bench_organization_key IF NOT EXISTS FOR (n:Organization) ON (n.benchKey)',
];

export interface NaiveSourceFigures {
  /** Organisations, projects and participations written. */
  records: number;
  seconds: number;
  /** True when it stopped at its time limit before the end. */
  cut: boolean;
}

export async function naiveSourceImport(db: Database, batch: SourceBatch, maxSeconds: number): Promise<NaiveSourceFigures> {
  const session = db.driver.session({ database: db.database });
  let records = 0;
  let cut = false;
  try {
    for (const statement of indexes) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    const byProject = new Map<string, SourceBatch['participations']>();
    for (const p of batch.participations) byProject.set(p.projectRecordId, [...(byProject.get(p.projectRecordId) ?? []), p]);
    const organizations = new Map(batch.organizations.map((o) => [o.key, o]));
    const written = new Set<string>();
    const write = async (cypher: string, params: Record<string, unknown>) => {
      await session.executeWrite((tx) => tx.run(cypher, params));
      records += 1;
    };
    const start = performance.now();
    for (const project of batch.projects) {
      if ((performance.now() - start) / 1000 > maxSeconds) {
        cut = true;
        break;
      }
      const { title, acronym, start: begins, end, programme, fundingEur } = project.record;
      const key = project.provenance.recordId;
      await write(mergeProject, {
        key,
        props: {
          title,
          acronym: acronym ?? null,
          start: begins,
          end: end ?? null,
          programme: programme ?? null,
          fundingEur: fundingEur ?? null,
        },
      });
      for (const p of byProject.get(key) ?? []) {
        const org = organizations.get(p.organizationKey);
        if (org && !written.has(org.key)) {
          const { name, kind, city, country, website } = org.record;
          await write(mergeOrganization, { key: org.key, props: { name, kind, city, country: country ?? null, website: website ?? null } });
          written.add(org.key);
        }
        await write(mergeParticipation, { org: p.organizationKey, project: key, role: p.record.role, eu: p.euContributionEur ?? null });
      }
    }
    return { records, seconds: (performance.now() - start) / 1000, cut };
  } finally {
    await session.close();
  }
}
