'use client';
import { useState } from 'react';
import { getInitials } from './get-initials';

export interface AvatarImageProps {
  src: string | null;
  name: string;
  /** Beside text that already names the avatar, the image adds nothing for screen readers. */
  decorative?: boolean;
}

const TILE_IMAGE_SIZE = 96;

/** The tile image, or the name's initials when there is no usable URL or it fails to load. */
export function AvatarImage({ src, name, decorative = false }: AvatarImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  // Parsing already dropped any URL that is not http(s).
  if (src !== null && failedSrc !== src) {
    return (
      <img
        src={src}
        alt={decorative ? '' : name}
        width={TILE_IMAGE_SIZE}
        height={TILE_IMAGE_SIZE}
        loading="lazy"
        decoding="async"
        draggable={false}
        onError={() => setFailedSrc(src)}
        data-ap-image=""
      />
    );
  }
  const initials = getInitials(name);
  if (decorative) {
    return (
      <span aria-hidden="true" data-ap-image="" data-fallback="">
        {initials}
      </span>
    );
  }
  return (
    <span role="img" aria-label={name} data-ap-image="" data-fallback="">
      {initials}
    </span>
  );
}
