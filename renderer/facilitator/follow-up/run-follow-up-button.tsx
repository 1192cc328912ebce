import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { QuietButton } from '../../app/components/quiet-button';

/** "Run a follow-up" beside a workshop of the library: opens it and holds a follow-up today. */
export function RunFollowUpButton({ path, title }: { readonly path: string; readonly title: string }) {
  const runFollowUpOn = useAppStore((state) => state.runFollowUpOn);
  return (
    <QuietButton onClick={() => void runFollowUpOn(path)} aria-label={text('followUp.runOn', { title })}>
      {text('followUp.run')}
    </QuietButton>
  );
}
