import type { Organisation, SaveOrganisationBody } from '../../../contract/organisations.js';
import type { RootDb } from '../../db/database.js';
import { Conflict, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';

/** Creates (id null) or replaces an organisation: its name, its hospitals (each in one organisation at most), whether its grid is open. */
export async function saveOrganisation(db: RootDb, actor: Actor, id: string | null, body: SaveOrganisationBody): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    if (id && !(await repo.findOrganisation(trx, id))) throw new NotFound({ code: 'organisation.notFound' });
    const sameName = await repo.organisationByName(trx, body.name);
    if (sameName && sameName.id !== id) throw new Conflict({ code: 'organisation.nameTaken', params: { name: body.name } });
    if ((await repo.countHospitals(trx, body.hospitalIds)) !== body.hospitalIds.length) throw new Invalid({ code: 'organisation.hospitalUnknown' });
    const [taken] = await repo.hospitalsTaken(trx, body.hospitalIds, id);
    if (taken) throw new Conflict({ code: 'organisation.hospitalTaken', params: taken });
    const saved = await repo.saveOrganisation(trx, id, { name: body.name, hospitalIds: body.hospitalIds, gridPublished: body.gridPublished ?? false });
    await recordAudit(trx, { actorId: actor.id, action: 'organisation_saved', details: { organisationId: saved, hospitalIds: body.hospitalIds } });
    return (await repo.findOrganisation(trx, saved))!;
  });
}
