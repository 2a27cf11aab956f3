'use client';
import type { FormEvent } from 'react';
import { visuallyHidden } from '../primitives/visually-hidden';

export interface PickerFormInputsProps {
  value: string | null;
  name: string | undefined;
  required: boolean;
  disabled: boolean;
  /** The validity input is invisible: say "choose one" and focus where the user chooses. */
  onInvalid: (event: FormEvent<HTMLInputElement>) => void;
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
          onInvalid={onInvalid}
          style={visuallyHidden}
          data-ap-validity=""
        />
      )}
    </>
  );
}
