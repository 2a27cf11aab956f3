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

const SKIN_TONES = ['#f6d2b8', '#e8b48f', '#c98e62', '#a0673f', '#6f4427', '#f1c9a5'];
const HAIR_COLOURS = ['#2b1d14', '#5a3a22', '#a8672f', '#d9b36c', '#3b3b46', '#8c2f1f'];

/**
 * A preview image unique to the avatar: a face on a background hue derived from its id. It is
 * drawn with shapes only, no text, so it renders the same whatever fonts the machine has.
 */
export function renderAvatarSvg(id: string, name: string): string {
  const hash = hashString(id);
  const hue = hash % 360;
  const accentHue = (hue + 40 + ((hash >>> 9) % 80)) % 360;
  const skin = SKIN_TONES[(hash >>> 4) % SKIN_TONES.length];
  const hair = HAIR_COLOURS[(hash >>> 11) % HAIR_COLOURS.length];
  // Short hair hugs the head; long hair falls behind the shoulders.
  const longHair = (hash >>> 17) % 2 === 0;
  const title = escapeXml(name);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">',
    `<title>${title}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 65% 55%)"/><stop offset="1" stop-color="hsl(${accentHue} 60% 35%)"/></linearGradient></defs>`,
    '<rect width="256" height="256" fill="url(#g)"/>',
    `<circle cx="${64 + (hash % 128)}" cy="${64 + ((hash >>> 7) % 128)}" r="${40 + ((hash >>> 14) % 60)}" fill="hsl(${hue} 80% 90% / 0.18)"/>`,
    longHair ? `<rect x="70" y="92" width="116" height="120" rx="52" fill="${hair}"/>` : '',
    `<path d="M36 256c0-56 40-86 92-86s92 30 92 86z" fill="hsl(${accentHue} 45% 25%)"/>`,
    `<rect x="112" y="150" width="32" height="32" rx="12" fill="${skin}"/>`,
    `<circle cx="128" cy="116" r="50" fill="${skin}"/>`,
    `<path d="M78 112c0-34 22-52 50-52s50 18 50 52c-14-16-34-24-50-24s-36 8-50 24z" fill="${hair}"/>`,
    '<circle cx="110" cy="122" r="5" fill="#1f1a17"/><circle cx="146" cy="122" r="5" fill="#1f1a17"/>',
    '<path d="M114 142q14 10 28 0" fill="none" stroke="#1f1a17" stroke-width="4" stroke-linecap="round"/>',
    '</svg>',
  ].join('');
}
