import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { NOTE_GROUPS, type VisitNote } from '../api';
import { useNoteQueue, type NoteState } from '../useNoteQueue';
import { AREAS } from '../../../../../contract/domain.js';
import { NativeSelect } from './NativeSelect';

type Group = VisitNote['group'];

/**
 * The interview notes: one note per role group and topic, tagged with the areas it concerns, saved
 * as it is typed into the browser's queue and from there to the server (see useNoteQueue).
 */
export function NoteList({ reviewId, serverNotes, serverFailed }: { reviewId: string; serverNotes: VisitNote[] | undefined; serverFailed: boolean }) {
  const { t } = useTranslation();
  const queue = useNoteQueue(reviewId, serverNotes);
  const [group, setGroup] = useState<Group>('st');
  // Notes keep the place they first had: a save (a new savedAt) must not move the note being typed.
  const order = useRef<string[]>([]);
  for (const n of queue.notes) if (!order.current.includes(n.id)) order.current.push(n.id);
  const byId = new Map(queue.notes.map((n) => [n.id, n]));
  // Grouped as the visit runs (trainees, supervisors, …, tour, documents); within a group, in order of writing.
  const rank = (n: VisitNote) => NOTE_GROUPS.indexOf(n.group);
  const notes = order.current.flatMap((id) => byId.get(id) ?? []).sort((a, b) => rank(a) - rank(b));

  const add = () => {
    const id = crypto.randomUUID();
    queue.save({ id, group, areas: [], body: '' }, null);
    requestAnimationFrame(() => document.getElementById(`note-${id}-body`)?.focus());
  };

  const overall = queue.overall;
  const overallText = overall.kind === 'saved' ? t('visit.notes.overall.saved') : t(`visit.notes.overall.${overall.kind}`, { count: overall.count });

  return (
    <section aria-labelledby="notes-heading" className="visit-notes">
      <h2 id="notes-heading" tabIndex={-1}>
        {t('visit.notes.title')}
      </h2>
      <p className="notes-reminder" role="note">
        <strong>{t('visit.notes.reminder')}</strong>
      </p>
      <p className="field-note">{t('visit.notes.offlineInfo')}</p>
      <div role="status" className={`status-box notes-overall notes-overall-${overall.kind}`}>
        {overallText}
        {queue.rejectedCount > 0 && <> {t('visit.notes.overall.rejected', { count: queue.rejectedCount })}</>}
      </div>
      {queue.storageFailed && <p className="status-box status-error">{t('visit.notes.storageFull')}</p>}
      {serverFailed && <p className="field-note">{t('visit.notes.serverListFailed')}</p>}

      <div className="new-note">
        <GroupSelect id="new-note-group" value={group} onChange={setGroup} />
        <button type="button" className="button button-primary" onClick={add}>
          {t('visit.notes.add')}
        </button>
      </div>

      {notes.length === 0 ? (
        <p className="empty-state">{t('visit.notes.empty')}</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteEditor
                note={note}
                state={queue.noteState(note.id)}
                rejection={queue.rejection(note.id)?.detail}
                onChange={(next) => queue.save(next, note.savedAt)}
                onDelete={() => {
                  queue.remove(note);
                  requestAnimationFrame(() => document.getElementById('notes-heading')?.focus());
                }}
                onRetry={() => queue.retry(note.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteEditor({
  note,
  state,
  rejection,
  onChange,
  onDelete,
  onRetry,
}: {
  note: VisitNote;
  state: NoteState;
  rejection: string | undefined;
  onChange: (note: Omit<VisitNote, 'savedAt'>) => void;
  onDelete: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const groupName = t(`visit.groups.${note.group}`);
  const prefix = `note-${note.id}`;
  const change = (patch: Partial<Omit<VisitNote, 'id' | 'savedAt'>>) =>
    onChange({ id: note.id, group: note.group, areas: note.areas, body: note.body, ...patch });
  const toggleArea = (area: string, on: boolean) => change({ areas: AREAS.filter((a) => (a === area ? on : note.areas.includes(a))) });
  const stateText = state === 'rejected' ? t('visit.notes.state.rejected', { detail: rejection ?? '' }) : t(`visit.notes.state.${state}`);

  return (
    <fieldset className="note-editor" data-state={state}>
      <legend>{t('visit.notes.note', { group: groupName })}</legend>
      <div className="note-row">
        <GroupSelect id={`${prefix}-group`} value={note.group} onChange={(group) => change({ group })} />
        <fieldset className="area-tags">
          <legend>{t('visit.notes.areas')}</legend>
          {AREAS.map((area) => (
            <label key={area} className="area-tag" title={t(`areas.${area}`)}>
              <input type="checkbox" checked={note.areas.includes(area)} onChange={(e) => toggleArea(area, e.target.checked)} />
              <span>
                {area}
                <span className="visually-hidden"> – {t(`areas.${area}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="edit-field">
        <label htmlFor={`${prefix}-body`}>{t('visit.notes.body')}</label>
        <textarea
          id={`${prefix}-body`}
          rows={5}
          value={note.body}
          maxLength={20000}
          aria-describedby={`${prefix}-state`}
          onChange={(e) => change({ body: e.target.value })}
        />
      </div>
      <div className="note-actions">
        {/* Not a live region of its own: the list's overall state above announces the saving. */}
        <p id={`${prefix}-state`} className={`save-state note-state note-state-${state}`}>
          {stateText}
        </p>
        {state === 'rejected' && (
          <button type="button" className="button button-secondary button-small" onClick={onRetry}>
            {t('visit.notes.retry')}
          </button>
        )}
        {/* The server keeps a deletion for good (a late queued save cannot bring the note back): ask first. */}
        <ConfirmButton
          variant="danger"
          small
          ariaLabel={t('visit.notes.deleteNamed', { group: groupName })}
          title={t('visit.notes.deleteTitle')}
          message={<p>{t('visit.notes.deleteText')}</p>}
          confirmLabel={t('visit.notes.delete')}
          onConfirm={onDelete}
        >
          {t('visit.notes.delete')}
        </ConfirmButton>
      </div>
    </fieldset>
  );
}

/** Whom a note is about: one of the roles interviewed, the tour or the documents. */
function GroupSelect({ id, value, onChange }: { id: string; value: Group; onChange: (group: Group) => void }) {
  const { t } = useTranslation();
  const options = NOTE_GROUPS.map((g) => ({ value: g, label: t(`visit.groups.${g}`) }));
  return <NativeSelect id={id} label={t('visit.notes.group')} value={value} options={options} onChange={onChange} />;
}
