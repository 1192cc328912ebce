import { useAppStore } from '../../app/store/store-context';

/** Opens the audience screen and chooses what it shows. */
export function PresentControl() {
  const toggleAudienceScreen = useAppStore((state) => state.toggleAudienceScreen);
  const open = useAppStore((state) => state.audienceOpen);
  const options = useAppStore((state) => state.presentOptions);
  const setPresentOptions = useAppStore((state) => state.setPresentOptions);
  return (
    <div className="present-control" role="group" aria-label="Audience screen">
      <button
        type="button"
        className="button"
        aria-pressed={open}
        onClick={() => void toggleAudienceScreen()}
      >
        {open ? 'Close audience screen' : 'Present (F5)'}
      </button>
      <label>
        <input
          type="checkbox"
          checked={options.stage}
          onChange={(event) => setPresentOptions({ stage: event.target.checked })}
        />
        Show stage
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.timer}
          onChange={(event) => setPresentOptions({ timer: event.target.checked })}
        />
        Show timer
      </label>
    </div>
  );
}
