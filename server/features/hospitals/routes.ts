import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { CreateHospitalBody, CreateUnitBody, Hospital, HospitalList, Unit } from '../../../contract/hospitals.js';
import { Conflict, NotFound } from '../../http/errors.js';
import { canManageHospitals } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { authorize, requireActor } from '../../http/guard.js';
import { findUnits, hospitalExists, insertHospital, insertUnit, listHospitals } from './repository.js';

export const hospitalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/hospitals', { schema: { summary: 'Hospitals and their units', tags: ['hospitals'], response: { 200: HospitalList } } }, async (request) => {
    const actor = requireActor(request);
    // Readers see their own hospital only.
    if (actor.role === 'reader') return { hospitals: await listHospitals(app.db, actor.hospitalId ?? '0') };
    return { hospitals: await listHospitals(app.db) };
  });

  app.post(
    '/hospitals',
    { schema: { summary: 'Add a hospital (care provider)', tags: ['hospitals'], body: CreateHospitalBody, response: { 201: Hospital } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canManageHospitals(actor));
      const id = await insertHospital(app.db, request.body);
      if (!id) throw new Conflict({ code: 'hospital.codeTaken', params: { code: request.body.code } });
      await recordAudit(app.db, { actorId: actor.id, action: 'hospital_created', details: { hospitalId: id, code: request.body.code } });
      const [hospital] = await listHospitals(app.db, id);
      return reply.code(201).send(hospital);
    },
  );

  app.post(
    '/hospitals/:id/units',
    { schema: { summary: 'Add a unit (clinic) to a hospital', tags: ['hospitals'], params: IdParams, body: CreateUnitBody, response: { 201: Unit } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canManageHospitals(actor));
      if (!(await hospitalExists(app.db, request.params.id))) throw new NotFound({ code: 'hospital.notFound' });
      const id = await insertUnit(app.db, request.params.id, request.body);
      if (!id) throw new Conflict({ code: 'unit.codeTaken', params: { code: request.body.code } });
      await recordAudit(app.db, { actorId: actor.id, action: 'unit_created', details: { hospitalId: request.params.id, unitId: id, code: request.body.code } });
      const [unit] = await findUnits(app.db, [id]);
      return reply.code(201).send(unit);
    },
  );
};
