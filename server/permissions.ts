import type { UserRole } from '../contract/auth.js';

/**
 * Who may do what: one small function per action, used by every route that needs it and
 * tested as a full matrix of roles × actions (tests/unit/permissions.test.ts).
 */
export interface Actor {
  id: string;
  role: UserRole;
  /** A reader's own hospital. */
  hospitalId: string | null;
  /** A reader who is a clinic's head or study director: the clinic, whose line of the annual report they see. */
  unitId?: string | null;
}

/** What the rules need to know about a review. */
export interface ReviewAccess {
  hospitalId: string | null;
  inspectorIds: readonly string[];
  reportPublished: boolean;
}

const isAdmin = (actor: Actor) => actor.role === 'admin';
const isAssignedInspector = (actor: Actor, review: ReviewAccess) => actor.role === 'inspector' && review.inspectorIds.includes(actor.id);

export const canManageUsers = (actor: Actor): boolean => isAdmin(actor);
export const canReadAudit = (actor: Actor): boolean => isAdmin(actor);
export const canReadOutbox = (actor: Actor): boolean => isAdmin(actor);
export const canManageSurveys = (actor: Actor): boolean => isAdmin(actor);
/** Imported historic answers are unit-level data from other tools: admins only. */
export const canImportPool = (actor: Actor): boolean => isAdmin(actor);

/** Hospitals and their units are the inspectors' working material. */
export const canManageHospitals = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'inspector';
/** A hospital's own targets are its guideline: admins set them for each year. */
export const canManageTargets = (actor: Actor): boolean => isAdmin(actor);
/** Staff, and the hospital's own readers (the report holds their answers against them). */
export const canReadTargets = (actor: Actor, hospitalId: string): boolean =>
  actor.role === 'admin' || actor.role === 'inspector' || (actor.role === 'reader' && actor.hospitalId === hospitalId);
export const canCreateReview = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'inspector';

/** Set-up, respondents, invitations, reminders and response rates. */
export const canManageReview = (actor: Actor, review: ReviewAccess): boolean => isAdmin(actor) || isAssignedInspector(actor, review);

/** Readers see their own hospital's reports once published; inspectors their reviews' drafts too. */
export const canReadReport = (actor: Actor, review: ReviewAccess): boolean =>
  canManageReview(actor, review) || (actor.role === 'reader' && review.reportPublished && actor.hospitalId !== null && actor.hospitalId === review.hospitalId);

/**
 * The clinic answers a published report with an action plan and follows it up: the hospital's
 * readers write it, and the review's inspectors (and admins) may too, e.g. for a plan sent by mail.
 */
export const canWorkOnActionPlan = (actor: Actor, review: ReviewAccess): boolean => review.reportPublished && canReadReport(actor, review);

/** Organisations and their goals are the hospitals' own guideline: admins set them. */
export const canManageOrganisations = (actor: Actor): boolean => isAdmin(actor);

/** What the rules need to know about an annual report. */
export interface AnnualAccess extends ReviewAccess {
  /** The organisation's hospitals and clinics. */
  hospitalIds: readonly string[];
  unitIds: readonly string[];
  gridPublished: boolean;
}

/** The organisation's figures: its coordinators, and once published its own readers. */
export const canReadAnnualReport = (actor: Actor, report: AnnualAccess): boolean =>
  canManageReview(actor, report) ||
  (actor.role === 'reader' && report.reportPublished && actor.hospitalId !== null && report.hospitalIds.includes(actor.hospitalId));

/** Which clinics' lines a reader of the report sees: all for the coordinators (and every reader once the grid is published), a head their own. */
export function annualLinesFor(actor: Actor, report: AnnualAccess): 'all' | { unitId: string } | 'none' {
  if (canManageReview(actor, report)) return 'all';
  if (!canReadAnnualReport(actor, report)) return 'none';
  if (report.gridPublished) return 'all';
  return actor.unitId && report.unitIds.includes(actor.unitId) ? { unitId: actor.unitId } : 'none';
}

/** Review coverage: inspectors and admins record reviews, internal reviews, contacts and intervals. */
export const canManageCoverage = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'inspector';
/** A hospital's coverage: staff, and the hospital's own readers (its study directors report the figure). */
export const canReadCoverage = (actor: Actor, hospitalId: string): boolean =>
  canManageCoverage(actor) || (actor.role === 'reader' && actor.hospitalId !== null && actor.hospitalId === hospitalId);
/** An organisation's coverage: staff, and readers of one of its hospitals (the network's study directors report it together). */
export const canReadOrganisationCoverage = (actor: Actor, hospitalIds: readonly string[]): boolean =>
  canManageCoverage(actor) || (actor.role === 'reader' && actor.hospitalId !== null && hospitalIds.includes(actor.hospitalId));

/** Leadership programmes and their assessment against the national model: the coordinator (an admin) keeps them. */
export const canManageProgrammes = (actor: Actor): boolean => isAdmin(actor);
/**
 * The programmes, their assessments, the matrix and the documents quoted: every signed-in user.
 * The association publishes the model's outputs, the programmes are the regions' own public
 * offer and nothing in them is about a person, so there is nothing to hold back from a reader.
 */
export const canReadProgrammes = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'inspector' || actor.role === 'reader';
/**
 * The national mapping is run by its coordinator, an admin (the associations that commission it):
 * rounds, sources, the decisions per region, publishing.
 */
export const canManageMapping = (actor: Actor): boolean => isAdmin(actor);
/** A published mapping is national and named by design (regions, not people): every signed-in user reads it. */
export const canReadMappingReport = (actor: Actor, published: boolean): boolean => isAdmin(actor) || published;
