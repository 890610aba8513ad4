import { addCalendarMonths, todayInSweden } from '../../contract/dates.js';
import type { SpecialtyGroup } from '../../contract/domain.js';
import type { RootDb } from '../db/database.js';
import { insertRecordedReviews, upsertContacts, upsertInternalReview } from '../features/coverage/repository.js';
import { insertUnit } from '../features/hospitals/repository.js';

/**
 * Units the demo hospital trains ST doctors in beyond the 16 of its hospital-wide review, each with
 * the earlier reviews recorded by hand that put it where the coverage page should show it
 * (months before today): overdue, due within 12 months, never reviewed.
 */
const OTHER_UNITS: {
  code: string;
  name: string;
  specialty: string;
  group: SpecialtyGroup;
  reviewed: { monthsAgo: number; body: string }[];
  contacts: boolean;
}[] = [
  { code: 'PSY', name: 'Psykiatriska kliniken', specialty: 'psykiatri', group: 'other', reviewed: [{ monthsAgo: 75, body: 'SPUR' }], contacts: true },
  { code: 'GER', name: 'Geriatriska kliniken', specialty: 'geriatrik', group: 'medical', reviewed: [{ monthsAgo: 84, body: 'SPUR' }], contacts: false },
  {
    code: 'INF',
    name: 'Infektionskliniken',
    specialty: 'infektionssjukdomar',
    group: 'medical',
    reviewed: [
      { monthsAgo: 112, body: 'SPUR' },
      { monthsAgo: 52, body: 'SPUR' },
    ],
    contacts: true,
  },
  {
    code: 'DER',
    name: 'Hudkliniken',
    specialty: 'dermatologi och venereologi',
    group: 'medical',
    reviewed: [{ monthsAgo: 58, body: 'Regionens granskningsgrupp' }],
    contacts: true,
  },
  { code: 'BUP', name: 'Barn- och ungdomspsykiatrin', specialty: 'barn- och ungdomspsykiatri', group: 'other', reviewed: [], contacts: false },
];

/** Earlier reviews of some of the 16, before the hospital-wide one (the page lists them under each unit). */
const EARLIER = [
  { code: 'KIR', monthsAgo: 66, body: 'SPUR' },
  { code: 'ORT', monthsAgo: 40, body: 'SPUR' },
  { code: 'MED', monthsAgo: 70, body: 'SPUR' },
  { code: 'KAR', monthsAgo: 62, body: 'SPUR' },
  { code: 'NEU', monthsAgo: 30, body: 'SPUR' },
];

/** Units whose yearly internal review (STINS or their own survey) was recorded last year. */
const INTERNAL = { STINS: ['ANE', 'KIR', 'MED', 'KAR', 'INF', 'PSY'], 'Egen enkät': ['ORT', 'RAD'] };

export async function loadDemoCoverage(db: RootDb, actorId: string, hospitalId: string, units: Map<string, string>): Promise<void> {
  const today = todayInSweden(new Date());
  const ago = (months: number) => addCalendarMonths(today, -months);
  const recorded = [];
  for (const unit of OTHER_UNITS) {
    const id = await insertUnit(db, hospitalId, { code: unit.code, name: unit.name, specialty: unit.specialty, specialtyGroup: unit.group });
    units.set(unit.code, id);
    recorded.push(...unit.reviewed.map((r) => ({ unitId: id, reviewedOn: ago(r.monthsAgo), body: r.body, link: null })));
    if (unit.contacts) {
      const local = unit.code.toLowerCase();
      await upsertContacts(
        db,
        id,
        {
          headName: `Verksamhetschef ${unit.code}`,
          headEmail: `vc.${local}@demosjukhuset.example`,
          directorName: `Studierektor ${unit.code}`,
          directorEmail: `sr.${local}@demosjukhuset.example`,
        },
        actorId,
      );
    }
  }
  recorded.push(...EARLIER.map((r) => ({ unitId: units.get(r.code)!, reviewedOn: ago(r.monthsAgo), body: r.body, link: null })));
  await insertRecordedReviews(db, recorded, 'hand', actorId);
  const lastYear = Number(today.slice(0, 4)) - 1;
  for (const [method, codes] of Object.entries(INTERNAL)) {
    for (const code of codes) await upsertInternalReview(db, units.get(code)!, lastYear, method, actorId);
  }
}
