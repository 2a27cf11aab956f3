// `@avatar-picker/ui/dialog`: the picker in a Radix dialog. Only this entry loads
// @radix-ui/react-dialog, so an inline picker never needs it.
export { AvatarPickerDialog, type AvatarPickerDialogProps } from './dialog/avatar-picker-dialog';
export {
  AvatarPickerDialogContent,
  type AvatarPickerDialogContentProps,
} from './dialog/avatar-picker-dialog-content';
export {
  AvatarPickerDialogRoot,
  type AvatarPickerDialogRootProps,
} from './dialog/avatar-picker-dialog-root';
export {
  AvatarPickerDialogTrigger,
  type AvatarPickerDialogTriggerProps,
} from './dialog/avatar-picker-dialog-trigger';
