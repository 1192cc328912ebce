import { memo, useId, useState } from 'react';
import { newId, type ParkingLotItemId } from '../../../shared/workshop/ids';
import { useAppStore } from '../../app/store/store-context';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';
import { submitTrimmed } from '../../app/components/submit-trimmed';
import { FromTheRoomMark } from '../room-activity/from-the-room-mark';

function FacilitatorNotes() {
  const id = useId();
  const notes = useAppStore((state) => state.workshop?.facilitatorNotes ?? '');
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  return (
    <div className="field">
      <label htmlFor={id}>{text('cockpit.notes.yourPrivateNotes')}</label>
      <textarea
        id={id}
        rows={8}
        value={notes}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.value;
          editWorkshop((draft) => {
            draft.facilitatorNotes = value;
          });
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {text('cockpit.notes.privateHint')}
      </p>
    </div>
  );
}

const ParkingLotEntry = memo(function ParkingLotEntry({ index }: { index: number }) {
  const item = useAppStore((state) => state.workshop?.parkingLot[index]);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  if (item === undefined) return null;
  return (
    <li className={item.resolved ? 'parking-item parking-item--resolved' : 'parking-item'}>
      <label>
        <input
          type="checkbox"
          checked={item.resolved}
          onChange={(event) => {
            const resolved = event.target.checked;
            editWorkshop((draft) => {
              const target = draft.parkingLot.find((entry) => entry.id === item.id);
              if (target !== undefined) target.resolved = resolved;
            });
          }}
        />
        <span>{item.text}</span> <FromTheRoomMark recordId={item.id} kind="parking-lot" />
        <span className="visually-hidden">
          {item.resolved ? text('cockpit.notes.resolved') : text('cockpit.notes.open')}
        </span>
      </label>
      <QuietButton
        small
        aria-label={text('cockpit.notes.removeItem', { text: item.text })}
        onClick={() =>
          editWorkshop((draft) => {
            draft.parkingLot = draft.parkingLot.filter((entry) => entry.id !== item.id);
          })
        }
      >
        ×
      </QuietButton>
    </li>
  );
});

function ParkingLot() {
  const id = useId();
  const count = useAppStore((state) => state.workshop?.parkingLot.length ?? 0);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  const [topic, setTopic] = useState('');
  return (
    <section aria-labelledby={`${id}-heading`} className="parking-lot">
      <h3 id={`${id}-heading`}>{text('cockpit.notes.parkingLot')}</h3>
      <form
        className="parking-lot__add"
        onSubmit={submitTrimmed(topic, (value) => {
          editWorkshop((draft) => {
            draft.parkingLot.push({
              id: newId<ParkingLotItemId>(),
              text: value,
              createdAt: new Date().toISOString(),
              resolved: false,
            });
          });
          setTopic('');
        })}
      >
        <label htmlFor={id} className="visually-hidden">
          {text('cockpit.notes.newItem')}
        </label>
        <input
          id={id}
          value={topic}
          placeholder={text('cockpit.notes.newItemExample')}
          onChange={(event) => setTopic(event.target.value)}
        />
        <button type="submit" className="button button--quiet">
          {text('cockpit.notes.parkIt')}
        </button>
      </form>
      {count === 0 ? (
        <p className="hint">{text('cockpit.notes.nothingParkedYet')}</p>
      ) : (
        <ul className="parking-lot__list">
          {Array.from({ length: count }, (_, index) => (
            <ParkingLotEntry key={index} index={index} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Facilitator-only side panel: private notes and the parking lot. */
export function SidePanel() {
  return (
    <aside className="side-panel" aria-label={text('cockpit.notes.panel')}>
      <FacilitatorNotes />
      <ParkingLot />
    </aside>
  );
}
