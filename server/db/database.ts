import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { UserRole } from '../../contract/auth.js';
import type { MappingCategory, SourceType } from '../../contract/mapping.js';
import type { ActionStatus, Area, PointStatus, ReviewStatus, RevisionStatus, Role, SpecialtyGroup } from '../../contract/domain.js';

/** The database schema as Kysely sees it; one interface per table, matching migrations/. */
type PoolWindowKey = { window_from: string; window_until: string; minimum: number; minimum_hospitals: number };

export interface Database {
  hospitals: HospitalTable;
  units: UnitTable;
  survey_versions: SurveyVersionTable;
  campaigns: CampaignTable;
  campaign_units: { campaign_id: Id; unit_id: Id };
  campaign_surveys: { campaign_id: Id; survey_version_id: Id; roles: Role[] };
  respondents: RespondentTable;
  invitations: InvitationTable;
  invitation_tokens: { token_hash: Buffer; invitation_id: Id; created_at: CreatedAt };
  responses: ResponseTable;
  answers: AnswerTable;
  users: UserTable;
  sessions: SessionTable;
  password_resets: PasswordResetTable;
  campaign_inspectors: { campaign_id: Id; user_id: Id };
  audit_events: AuditEventTable;
  mails: MailTable;
  reminder_rounds: ReminderRoundTable;
  reminder_sends: { round_id: Id; invitation_id: Id; mail_id: Id | null };
  pool_month_totals: { month: string; role: Role; item_id: string; answered: number; agreeing: number };
  pool_hospital_counts: { hospital_code: string; month: string; role: Role; item_id: string; answered: number; agreeing: number };
  pool_unit_counts: { unit_key: string; hospital_code: string; role: Role; item_id: string; answered: number; agreeing: number; last_month: string };
  /** A benchmark window's kept pool figures (migration 0015): which hospitals it holds, and whether a count changed since. */
  pool_windows: {
    window_from: string;
    window_until: string;
    minimum: number;
    minimum_hospitals: number;
    hospitals: Generated<string[]>;
    computed_at: Date | null;
    stale: Generated<boolean>;
  };
  pool_window_shares: PoolWindowKey & { hospital_code: string; item_id: string; role: Role; answered: number; agreeing: number };
  pool_window_numbers: PoolWindowKey & { hospital_code: string; item_id: string; role: Role; value: ColumnType<string, number, number>; answered: number };
  pool_window_quartiles: PoolWindowKey & { hospital_code: string; item_id: string; role: Role; units: number; q1: number; median: number; q3: number };
  /** How many answered each value of a numeric item, per hospital (normalised code), month and role. */
  pool_numeric_counts: { hospital_code: string; month: string; role: Role; item_id: string; value: ColumnType<string, number, number>; answered: number };
  /** A submission's pool changes, not yet folded into the count tables (migration 0019): `value` null for a statement. */
  pool_deltas: {
    id: Generated<string>;
    month: string;
    hospital_code: string;
    unit_key: string;
    role: Role;
    item_id: string;
    value: ColumnType<string | null, number | null, never>;
    answered: number;
    agreeing: number;
  };
  report_revisions: ReportRevisionTable;
  rate_limit_windows: { key: string; started_at: Date; hits: number };
  report_snapshots: { campaign_id: Id; computed_at: CreatedAt; figures: ColumnType<unknown, string, never> };
  suggestion_notes: { response_id: Id; item_id: string; campaign_id: Id; themes: Generated<string[]>; areas: Generated<string[]>; starred: Generated<boolean> };
  review_themes: { campaign_id: Id; key: string; label: string };
  pool_import_batches: PoolImportBatchTable;
  imported_answers: {
    batch_id: Id;
    line: number;
    hospital_code: string;
    unit_code: string;
    specialty: string | null;
    specialty_group: SpecialtyGroup | null;
    role: Role;
    answered_on: string;
    item_id: string;
    item_kind: Generated<'statement' | 'numeric'>;
    value_num: ColumnType<string, number, number>;
  };
  target_sets: { id: GeneratedId; hospital_id: Id; year: number; updated_by: Id | null; updated_at: UpdatedAt };
  targets: TargetTable;
  hospital_review_functions: { campaign_id: Id; key: string; position: number; label: string | null };
  hospital_profiles: {
    campaign_id: Id;
    beds: number;
    doctors: number;
    st_doctors: number;
    /** numeric comes back from pg as a string */
    director_percent_per_trainee: ColumnType<string, number, number>;
    st_funding_per_post: number | null;
    updated_by: Id | null;
    updated_at: UpdatedAt;
  };
  hospital_review_syntheses: { campaign_id: Id; synthesis: ColumnType<unknown, string, string>; computed_at: CreatedAt };
  checklist_assessments: { campaign_id: Id; point_id: string; status: PointStatus; note: string; updated_by: Id | null; updated_at: UpdatedAt };
  site_visits: {
    campaign_id: Id;
    starts_on: DateColumn | null;
    ends_on: DateColumn | null;
    inspectors: string[];
    schedule: ColumnType<unknown, string, string>;
    notes: string;
    updated_at: UpdatedAt;
  };
  visit_notes: {
    id: string;
    campaign_id: Id;
    note_group: string;
    areas: string[];
    body: string;
    saved_at: ColumnType<Date, string, string>;
    written_by: Id | null;
    deleted: Generated<boolean>;
  };
  action_plans: {
    campaign_id: Id;
    due_on: DateColumn;
    submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    submitted_by: Id | null;
  };
  plan_actions: {
    id: GeneratedId;
    campaign_id: Id;
    position: number;
    area: Area | null;
    recommendation: string;
    action: Generated<string>;
    responsible: Generated<string>;
    due_on: DateColumn | null;
    status: Generated<ActionStatus>;
    follow_up_note: Generated<string>;
    updated_at: UpdatedAt;
  };
  action_plan_reminders: { campaign_id: Id; stage: string; sent_at: CreatedAt };
  comment_rounds: { id: GeneratedId; campaign_id: Id; revision_id: Id; deadline: DateColumn; sent_by: Id | null; sent_at: CreatedAt };
  comment_recipients: CommentRecipientTable;
  document_requests: {
    campaign_id: Id;
    categories: string[];
    deadline: DateColumn;
    contact_name: string;
    contact_email: string;
    token_hash: Buffer;
    mail_id: Id | null;
    requested_by: Id | null;
    requested_at: CreatedAt;
  };
  review_documents: {
    id: GeneratedId;
    campaign_id: Id;
    category: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: Buffer;
    content: Buffer;
    uploaded_by: Id | null;
    uploaded_by_contact: string | null;
    uploaded_at: CreatedAt;
  };
  review_document_points: { document_id: Id; point_id: string };
  organisations: { id: GeneratedId; name: string; grid_published: Generated<boolean>; review_interval_years: Generated<number>; created_at: CreatedAt };
  organisation_hospitals: { organisation_id: Id; hospital_id: Id };
  annual_goals: AnnualGoalTable;
  /** The 21 Swedish regions (migration 0021), keyed by county letter code. */
  regions: { code: string; name_sv: string; name_en: string };
  /** Leadership programmes a region runs (migration 0021). */
  programmes: ProgrammeTable;
  /** A programme's documents, the evidence of its assessment (migration 0024). */
  programme_documents: ProgrammeDocumentTable;
  /** A programme judged against the national model, per model version and point (migration 0024). */
  programme_assessments: ProgrammeAssessmentTable;
  /** The mapping (migration 0022): the association's local branches, the sources of a round, the coordinator's decisions. */
  mapping_branches: { id: GeneratedId; name: string; region_code: string; created_at: CreatedAt };
  mapping_sources: { respondent_id: Id; campaign_id: Id; region_code: string; source_type: SourceType; branch_id: Id | null };
  mapping_decisions: MappingDecisionTable;
  /** Review coverage (migration 0020): reviews recorded by hand or imported, internal reviews, unit contacts, reminders sent. */
  external_reviews: {
    id: GeneratedId;
    unit_id: Id;
    reviewed_on: DateColumn;
    body: string;
    link: string | null;
    source: 'hand' | 'import';
    recorded_by: Id | null;
    recorded_at: CreatedAt;
  };
  internal_reviews: { unit_id: Id; year: number; method: string; recorded_by: Id | null; recorded_at: UpdatedAt };
  unit_contacts: {
    unit_id: Id;
    head_name: string | null;
    head_email: string | null;
    director_name: string | null;
    director_email: string | null;
    updated_by: Id | null;
    updated_at: UpdatedAt;
  };
  coverage_reminders: { unit_id: Id; due_on: DateColumn; stage: '12m' | '3m'; mailed: Generated<number>; sent_at: CreatedAt };
  annual_values: { campaign_id: Id; unit_id: Id; measure: string; value: Numeric | null };
  annual_history: {
    organisation_id: Id;
    goal_key: string;
    year: number;
    share: Numeric;
    n: number;
    threshold: Numeric | null;
    imported_by: string | null;
    imported_at: CreatedAt;
  };
}

/** numeric comes back from pg as a string (exact); numbers go in. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface AnnualGoalTable {
  organisation_id: Id;
  goal_key: string;
  from_year: number;
  position: number;
  label_sv: string;
  label_en: string;
  measure: string;
  comparison: 'atLeast' | 'atMost' | 'equal' | 'yes';
  threshold: Numeric | null;
  unit: 'perYear' | 'perMonth' | 'perWeek' | 'weeks' | 'percent' | 'count' | 'none';
  updated_by: string | null;
  updated_at: UpdatedAt;
}

/** A date column: YYYY-MM-DD strings both ways (server/db/pool.ts keeps pg from making Dates). */
type DateColumn = string;

/** bigint ids come back from pg as strings; they are passed around as strings. */
type Id = ColumnType<string, string | number, string | number>;
type GeneratedId = ColumnType<string, never, never>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export type CampaignKind = 'review' | 'director_annual' | 'mapping' | 'hospital_review';

export interface HospitalTable {
  id: GeneratedId;
  code: string;
  name: string;
  region: string | null;
  /** Registered only for the national pool's answers; never set up for a review (0014). */
  pool_only: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UnitTable {
  id: GeneratedId;
  hospital_id: Id;
  code: string;
  name: string;
  specialty: string;
  specialty_group: SpecialtyGroup;
  created_at: CreatedAt;
}

export interface SurveyVersionTable {
  id: GeneratedId;
  survey_key: string;
  hash: string;
  definition: ColumnType<unknown, string, never>;
  created_at: CreatedAt;
}

export interface CampaignTable {
  id: GeneratedId;
  kind: CampaignKind;
  title: string;
  hospital_id: Id | null;
  status: Generated<ReviewStatus>;
  opens_at: ColumnType<string | null, string | null | undefined, string | null>;
  closes_at: ColumnType<string | null, string | null | undefined, string | null>;
  anonymity_threshold: Generated<number>;
  benchmark_window_months: Generated<number>;
  /** A fixed benchmark period instead of the months before closing; both set or both null. */
  benchmark_from: ColumnType<string | null, string | null | undefined, string | null>;
  benchmark_until: ColumnType<string | null, string | null | undefined, string | null>;
  suggestion_salt: Generated<string>;
  allow_edits: Generated<boolean>;
  period_year: number | null;
  organisation_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  report_published_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RespondentTable {
  id: GeneratedId;
  campaign_id: Id;
  unit_id: Id | null;
  role: Role;
  name: string;
  email: string;
  region: string | null;
  source: string | null;
  added_late: Generated<boolean>;
  added_by: Id | null;
  unreachable: Generated<UnreachableReason | null>;
  unreachable_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  unreachable_by: Id | null;
  created_at: CreatedAt;
}

/** Why an invited respondent could not answer: the mail bounced, or they have left the clinic. */
export type UnreachableReason = 'bounced' | 'left';

export type TargetComparison = 'atLeast' | 'atMost' | 'equal' | 'yes';

export interface TargetTable {
  set_id: Id;
  key: string;
  position: number;
  label_sv: string;
  label_en: string;
  item_id: string | null;
  role: Role | null;
  comparison: TargetComparison;
  /** numeric comes back from pg as a string. */
  threshold: ColumnType<string | null, number | null, number | null>;
  unit_sv: string;
  unit_en: string;
}

export interface InvitationTable {
  id: GeneratedId;
  respondent_id: Id;
  survey_version_id: Id;
  sent_at: Date | null;
  answered_at: Date | null;
  draft: ColumnType<unknown, string | null | undefined, string | null>;
  draft_saved_at: Date | null;
  created_at: CreatedAt;
}

export interface ResponseTable {
  id: GeneratedId;
  campaign_id: Id;
  unit_id: Id | null;
  hospital_id: Id | null;
  role: Role;
  survey_version_id: Id;
  invitation_id: Id | null;
  raw: ColumnType<unknown, string, string>;
  submitted_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AnswerTable {
  response_id: Id;
  item_id: string;
  role: Role;
  value_num: ColumnType<string | null, number | null | undefined, number | null>;
  choice: string | null;
  text_value: string | null;
}

/** Either the root handle or an open transaction: repositories accept both (pass transactions down). */
/** The database itself: it can begin a transaction. Services that run one take this. */
export type RootDb = Kysely<Database>;
/** The database or a transaction in it: what repositories take, so they run inside either. */
export type Db = RootDb | Transaction<Database>;

export interface UserTable {
  id: GeneratedId;
  email: string;
  name: string;
  role: UserRole;
  hospital_id: Id | null;
  /** A reader who is a clinic's head or study director: their clinic (0018). */
  unit_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  password_hash: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SessionTable {
  token_hash: Buffer;
  user_id: Id;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface PasswordResetTable {
  token_hash: Buffer;
  user_id: Id;
  expires_at: Date;
  used_at: Date | null;
  created_at: CreatedAt;
}

export interface AuditEventTable {
  id: GeneratedId;
  at: CreatedAt;
  actor_id: Id | null;
  action: string;
  campaign_id: Id | null;
  details: ColumnType<unknown, string | undefined, never>;
}

export type MailKind =
  | 'invitation'
  | 'reminder'
  | 'password_reset'
  | 'action_plan_reminder'
  | 'comment_request'
  | 'report_published'
  | 'document_request'
  | 'coverage_reminder'
  | 'other';

export interface MailTable {
  id: GeneratedId;
  kind: MailKind;
  campaign_id: Id | null;
  recipient: string;
  subject: string;
  body: string;
  status: Generated<'queued' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_until: Date | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface ReminderRoundTable {
  id: GeneratedId;
  campaign_id: Id;
  scheduled_for: Date | string;
  status: Generated<'scheduled' | 'done' | 'cancelled'>;
  sent_count: Generated<number>;
  created_at: CreatedAt;
  done_at: Date | null;
}

/** Who is asked to comment on a draft report: the clinic's head, its study director, or a reader of the hospital. */
export type CommentRecipientRole = 'head' | 'director' | 'reader';

export interface CommentRecipientTable {
  id: GeneratedId;
  round_id: Id;
  email: string;
  name: string;
  role: CommentRecipientRole;
  token_hash: Buffer;
  mail_id: Id | null;
  /** Comments per area, { A: '…' }; only areas commented on. */
  areas: ColumnType<Record<string, string>, string | undefined, string>;
  general: Generated<string>;
  saved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ReportRevisionTable {
  id: GeneratedId;
  campaign_id: Id;
  revision: number;
  status: Generated<RevisionStatus>;
  content: ColumnType<unknown, string, string>;
  clinic_comments: string | null;
  change_note: string | null;
  created_by: Id | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  published_at: Date | null;
}

export interface PoolImportBatchTable {
  id: GeneratedId;
  content_hash: string;
  filename: string;
  imported_by: Id | null;
  status: Generated<'importing' | 'done' | 'withdrawn' | 'failed'>;
  rows_read: Generated<number>;
  rows_imported: Generated<number>;
  rows_skipped: Generated<number>;
  answers_imported: Generated<number>;
  created_at: CreatedAt;
  finished_at: Date | null;
  withdrawn_at: Date | null;
  progress_at: Generated<Date>;
  failure: string | null;
  /** File code → register code, for the codes the admin mapped; normalised codes. */
  hospital_mapping: ColumnType<Record<string, string>, string | undefined, string>;
  /** Codes the register does not know, kept as other hospitals by the admin's choice. */
  kept_codes: Generated<string[]>;
}

export type ProgrammeType = 'leadership_st' | 'early_career' | 'all_professions';
export type ProgrammeStatus = 'active' | 'paused' | 'discontinued' | 'planned';

export type { MappingCategory, SourceType as MappingSourceType };

export interface MappingDecisionTable {
  campaign_id: Id;
  region_code: string;
  categories: MappingCategory[];
  note: Generated<string>;
  places_per_year: number | null;
  st_doctors: number | null;
  decided_by: Id | null;
  decided_at: Generated<Date>;
}

export interface ProgrammeTable {
  id: GeneratedId;
  region_code: string;
  name: string;
  programme_type: ProgrammeType;
  doctors_only: boolean;
  aimed_at_junior: boolean;
  status: ProgrammeStatus;
  /** numeric(4,1): pg returns it as a string. */
  length_months: ColumnType<string | null, number | null | undefined, number | null>;
  includes_ugl: boolean | null;
  places_per_year: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type ConformanceStatus = 'met' | 'partly_met' | 'not_met' | 'not_stated';

export interface ProgrammeDocumentTable {
  id: GeneratedId;
  programme_id: Id;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: Buffer;
  content: Buffer;
  uploaded_by: Id | null;
  uploaded_at: CreatedAt;
}

export interface ProgrammeAssessmentTable {
  programme_id: Id;
  model_version: string;
  point_key: string;
  status: ConformanceStatus;
  evidence: string | null;
  document_id: Id | null;
  note: string | null;
  assessed_by: Id | null;
  assessed_at: UpdatedAt;
}
