import { useId } from 'react';
import type { Meta } from '../../../shared/workshop/meta';
import { useAppStore } from '../../app/store/store-context';
import { text } from '../../../shared/text';

type MetaField = keyof Meta;

const META_FIELDS: readonly { field: MetaField; label: string; type?: 'date' }[] = [
  { field: 'title', label: text('cockpit.details.workshopTitle') },
  { field: 'organisation', label: text('cockpit.details.organisation') },
  { field: 'initiative', label: text('cockpit.details.aiPilotOr') },
  { field: 'date', label: text('cockpit.details.date'), type: 'date' },
  { field: 'location', label: text('cockpit.details.location') },
  { field: 'facilitator', label: text('cockpit.details.facilitator') },
];

function MetaInput({ field, label, type }: { field: MetaField; label: string; type?: 'date' }) {
  const id = useId();
  const value = useAppStore((state) => state.workshop?.meta[field] ?? '');
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type ?? 'text'}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          editWorkshop((draft) => {
            draft.meta[field] = next;
          });
        }}
      />
    </div>
  );
}

/** The workshop's cover details (they head the action plan), edited at the welcome stage. */
export function WorkshopDetails() {
  return (
    <section id="workshop-details" aria-labelledby="details-heading" className="panel">
      <h3 id="details-heading">{text('cockpit.details.workshopDetails')}</h3>
      <div className="form-grid">
        {META_FIELDS.map((item) => (
          <MetaInput key={item.field} {...item} />
        ))}
      </div>
    </section>
  );
}
