import { describe, expect, it } from 'vitest';
import * as can from '../../server/permissions.js';
import type { Actor, ReviewAccess } from '../../server/permissions.js';

const admin: Actor = { id: '1', role: 'admin', hospitalId: null };
const assigned: Actor = { id: '2', role: 'inspector', hospitalId: null };
const otherInspector: Actor = { id: '3', role: 'inspector', hospitalId: null };
const ownReader: Actor = { id: '4', role: 'reader', hospitalId: '10' };
const otherReader: Actor = { id: '5', role: 'reader', hospitalId: '11' };

const draft: ReviewAccess = { hospitalId: '10', inspectorIds: ['2'], reportPublished: false };
const published: ReviewAccess = { ...draft, reportPublished: true };

const actors = { admin, assigned, otherInspector, ownReader, otherReader };

/** Every action × every kind of actor, with the expected answer. */
const matrix: [action: string, check: (a: Actor) => boolean, allowed: (keyof typeof actors)[]][] = [
  ['manage users', can.canManageUsers, ['admin']],
  ['read the audit trail', can.canReadAudit, ['admin']],
  ['read the outbox', can.canReadOutbox, ['admin']],
  ['manage survey versions', can.canManageSurveys, ['admin']],
  ['import historic answers into the pool', can.canImportPool, ['admin']],
  ['manage hospitals and units', can.canManageHospitals, ['admin', 'assigned', 'otherInspector']],
  ['set a hospital’s targets', can.canManageTargets, ['admin']],
  ['read a hospital’s targets', (a) => can.canReadTargets(a, '10'), ['admin', 'assigned', 'otherInspector', 'ownReader']],
  ['create a review', can.canCreateReview, ['admin', 'assigned', 'otherInspector']],
  ['coordinate the national mapping', can.canManageMapping, ['admin']],
  ['read a mapping round before it is published', (a) => can.canReadMappingReport(a, false), ['admin']],
  ['read a published mapping round', (a) => can.canReadMappingReport(a, true), ['admin', 'assigned', 'otherInspector', 'ownReader', 'otherReader']],
  ['manage a review', (a) => can.canManageReview(a, draft), ['admin', 'assigned']],
  ['read a draft report', (a) => can.canReadReport(a, draft), ['admin', 'assigned']],
  ['read a published report', (a) => can.canReadReport(a, published), ['admin', 'assigned', 'ownReader']],
  ['work on the action plan before publication', (a) => can.canWorkOnActionPlan(a, draft), []],
  ['work on the action plan of a published report', (a) => can.canWorkOnActionPlan(a, published), ['admin', 'assigned', 'ownReader']],
  ['record reviews, internal reviews and contacts for coverage', can.canManageCoverage, ['admin', 'assigned', 'otherInspector']],
  ['read a hospital’s coverage', (a) => can.canReadCoverage(a, '10'), ['admin', 'assigned', 'otherInspector', 'ownReader']],
  [
    'read the coverage of an organisation holding the hospital',
    (a) => can.canReadOrganisationCoverage(a, ['12', '10']),
    ['admin', 'assigned', 'otherInspector', 'ownReader'],
  ],
  ['keep leadership programmes and assess them against the national model', can.canManageProgrammes, ['admin']],
  [
    'read the programmes, their assessments and the conformance matrix',
    can.canReadProgrammes,
    ['admin', 'assigned', 'otherInspector', 'ownReader', 'otherReader'],
  ],
];

describe('permissions', () => {
  for (const [action, check, allowed] of matrix) {
    for (const [name, actor] of Object.entries(actors)) {
      const expected = allowed.includes(name as keyof typeof actors);
      it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(check(actor)).toBe(expected);
      });
    }
  }

  it('a reader without a hospital reads nothing, even of a review without one', () => {
    const orphan: Actor = { id: '6', role: 'reader', hospitalId: null };
    expect(can.canReadReport(orphan, { ...published, hospitalId: null })).toBe(false);
    expect(can.canReadOrganisationCoverage(orphan, [])).toBe(false);
  });
});
