import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Slot } from './slot';

describe('Slot', () => {
  it('puts its props, handlers and ref on its one child, the child’s handler first', async () => {
    const order: string[] = [];
    const ref = createRef<HTMLElement>();
    render(
      <Slot aria-pressed="true" className="part" onClick={() => order.push('part')} ref={ref}>
        <button type="button" className="mine" onClick={() => order.push('child')}>
          Star
        </button>
      </Slot>,
    );
    const button = screen.getByRole('button', { name: 'Star', pressed: true });
    expect(button).toHaveClass('part', 'mine');
    expect(ref.current).toBe(button);
    await userEvent.click(button);
    expect(order).toEqual(['child', 'part']);
  });

  it('skips the part’s handler when the child prevents the default', async () => {
    const part = vi.fn();
    render(
      <Slot onClick={part}>
        <button type="button" onClick={(event) => event.preventDefault()}>
          Star
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Star' }));
    expect(part).not.toHaveBeenCalled();
  });
});
