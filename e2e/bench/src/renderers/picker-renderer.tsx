import '@avatar-picker/ui/styles.css';
import { AvatarPicker } from '@avatar-picker/ui';

/** The ready picker, exactly as a consumer embeds it. */
export function PickerRenderer() {
  return <AvatarPicker />;
}
