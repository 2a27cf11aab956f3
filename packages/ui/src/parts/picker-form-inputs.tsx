'use client';
import { visuallyHidden } from '../primitives/visually-hidden';

export interface PickerFormInputsProps {
  value: string | null;
  name: string | undefined;
  required: boolean;
  disabled: boolean;
  /** The validity input is invisible: move the browser's "fill this in" focus somewhere useful. */
  onInvalid: (input: HTMLInputElement) => void;
}

const ignoreChange = () => undefined;

/**
 * Native form participation: a hidden input submits the look id, and a visually hidden required
 * input makes `form.checkValidity()` fail while nothing is chosen (hidden inputs are never
 * validated by browsers).
 */
export function PickerFormInputs({
  value,
  name,
  required,
  disabled,
  onInvalid,
}: PickerFormInputsProps) {
  return (
    <>
      {name !== undefined && (
        <input type="hidden" name={name} value={value ?? ''} disabled={disabled} />
      )}
      {required && (
        <input
          aria-hidden="true"
          tabIndex={-1}
          required
          disabled={disabled}
          value={value ?? ''}
          onChange={ignoreChange}
          onInvalid={(event) => onInvalid(event.currentTarget)}
          style={visuallyHidden}
          data-ap-validity=""
        />
      )}
    </>
  );
}
