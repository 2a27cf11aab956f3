import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AvatarImage } from './avatar-image';

describe('AvatarImage', () => {
  it('renders a lazy image with the name as alt text', () => {
    render(<AvatarImage src="https://img.test/a.png" name="Zoë Martin" />);
    const image = screen.getByRole('img', { name: 'Zoë Martin' });
    expect(image).toHaveAttribute('src', 'https://img.test/a.png');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
  });

  it('falls back to initials when the image fails to load', () => {
    render(<AvatarImage src="https://img.test/broken.png" name="Zoë Martin" />);
    fireEvent.error(screen.getByRole('img', { name: 'Zoë Martin' }));
    const fallback = screen.getByRole('img', { name: 'Zoë Martin' });
    expect(fallback.tagName).toBe('SPAN');
    expect(fallback).toHaveTextContent('ZM');
  });

  // Other schemes never get this far: parsing turns a URL that is not http(s) into null.
  it('shows initials when the avatar has no image', () => {
    const { container } = render(<AvatarImage src={null} name="Bo" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Bo' })).toHaveTextContent('B');
  });
});
