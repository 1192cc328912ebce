import { text } from '../../../../shared/text';
import type { SignOff } from '../../../../shared/workshop/plan';
import { useAppStore } from '../../../app/store/store-context';
import { TextAreaField, TextField } from '../shared/fields';
import { useEditWorkshop } from '../shared/use-workshop';
import { StageSection } from '../shared/stage-section';

const NO_SIGN_OFF: SignOff = { sponsorName: '', date: '', agreement: '' };

/** The plan's last page: what the room agreed, the sponsor who signs it, and the date. */
export function SignOffSection() {
  const editWorkshop = useEditWorkshop();
  const signOff = useAppStore((state) => state.workshop?.signOff ?? NO_SIGN_OFF);
  const bind = (field: keyof SignOff) => ({
    value: signOff[field],
    onValueChange: (value: string) =>
      editWorkshop((draft) => {
        draft.signOff[field] = value;
      }),
  });
  return (
    <StageSection heading={text('stage.actions.signOff.heading')} className="sign-off-section">
      <p className="hint">{text('stage.actions.signOff.intro')}</p>
      <TextAreaField
        label={text('stage.actions.signOff.agreement')}
        rows={3}
        placeholder={text('stage.actions.signOff.agreementPlaceholder')}
        {...bind('agreement')}
      />
      <TextField label={text('stage.actions.signOff.sponsorName')} {...bind('sponsorName')} />
      <TextField label={text('stage.actions.signOff.date')} type="date" {...bind('date')} />
    </StageSection>
  );
}
