// What a source gives the import: records in the shapes of server/curation/records.ts (checked
// with its schemas, so the import accepts them as they are), each with its provenance, and what
// the source says that our records have no field for yet (docs/sources.md, "needs in the graph").
import type { z } from 'zod';
import type { ImportProblem } from '../curation/import/problems.ts';
import type { OrganizationRecord, ProjectRecord, participationRecord } from '../curation/records.ts';
import type { Provenance } from './provenance.ts';

type ParticipationRecord = z.infer<typeof participationRecord>;

/** Every record says where in its file it was read: the row as a spreadsheet counts it. */
interface Located {
  row: number;
}

export interface SourceProject extends Located {
  record: ProjectRecord;
  provenance: Provenance;
  /** CORDIS: the EU's maximum contribution; the Förderkatalog's amount goes to record.fundingEur. */
  euContributionEur?: number;
  totalCostEur?: number;
  /** Förderkatalog: the FKZ of each part of the joint project. */
  fundingCodes?: readonly string[];
}

/** The place where the work is done when the recipient is a society or a university as a whole. */
export interface ExecutingSite {
  name: string;
  city: string;
  state?: string;
  country?: string;
}

export interface SourceOrganization extends Located {
  /** The source's key of the organisation: a CORDIS PIC, or the Förderkatalog's name and place. */
  key: string;
  record: OrganizationRecord;
  provenance: Provenance;
  /** The source's own kind (a CORDIS activity type); absent where the kind is guessed from the name. */
  sourceKind?: string;
  kindGuessed?: boolean;
  sme?: boolean;
  nutsCode?: string;
  sites?: readonly ExecutingSite[];
}

export interface SourceParticipation extends Located {
  record: ParticipationRecord;
  provenance: Provenance;
  organizationKey: string;
  /** The project's provenance record id. */
  projectRecordId: string;
  /** The role as the source writes it: coordinator, participant, thirdParty, associatedPartner. */
  sourceRole: string;
  euContributionEur?: number;
}

export interface SourceBatch {
  projects: SourceProject[];
  organizations: SourceOrganization[];
  participations: SourceParticipation[];
  /** Rows that could not be read; their project is left out with them. */
  problems: ImportProblem[];
  /** Projects read but outside the scope (no participant in the region). */
  outOfScope: number;
}
