import { ACTIVITY_LIMITS } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { StartForm } from './start-form';

/** Starts a silent writing round: phones send short anonymous notes until it closes. */
export function WritingForm() {
  const openRoomActivity = useAppStore((state) => state.openRoomActivity);
  return (
    <StartForm
      heading={text('roomActivity.writing.heading')}
      promptLabel={text('roomActivity.writing.prompt')}
      placeholder={text('roomActivity.writing.example')}
      hint={
        <>
          {text('roomActivity.writing.otherExample')}{' '}
          {text('roomActivity.writing.limits', {
            notes: ACTIVITY_LIMITS.notesPerPhone,
            length: ACTIVITY_LIMITS.noteLength,
          })}
        </>
      }
      submitLabel={text('roomActivity.writing.start')}
      onStart={({ prompt, durationSeconds }) =>
        openRoomActivity({ kind: 'writing', prompt, durationSeconds })
      }
    />
  );
}
