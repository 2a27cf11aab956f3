import { hashString } from '../dataset/create-random';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** A preview image unique to the avatar: its initials on a background hue derived from its id. */
export function renderAvatarSvg(id: string, name: string): string {
  const hash = hashString(id);
  const hue = hash % 360;
  const accentHue = (hue + 40 + ((hash >>> 9) % 80)) % 360;
  const title = escapeXml(name);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">',
    `<title>${title}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 65% 55%)"/><stop offset="1" stop-color="hsl(${accentHue} 60% 35%)"/></linearGradient></defs>`,
    '<rect width="256" height="256" fill="url(#g)"/>',
    `<circle cx="${64 + (hash % 128)}" cy="${64 + ((hash >>> 7) % 128)}" r="${40 + ((hash >>> 14) % 60)}" fill="hsl(${hue} 80% 90% / 0.18)"/>`,
    `<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="96" font-weight="600" fill="#fff">${escapeXml(initialsOf(name))}</text>`,
    '</svg>',
  ].join('');
}
