/**
 * The Psoas Coach mark: a figure in a half-kneeling hip flexor stretch, the app's core
 * exercise, with the stretched front of the back hip picked out in a warm accent. One source
 * for the favicon and every PNG icon, so they never drift apart.
 */

export const BRAND = {
  background: '#0f5c4d',
  figure: '#f7f5f0',
  accent: '#f2b366',
} as const;

type MarkOptions = {
  /** Maskable icons fill the whole square and keep the figure inside the 80% safe circle. */
  readonly maskable: boolean;
};

const FIGURE = `
  <circle cx="296" cy="118" r="40" fill="${BRAND.figure}"/>
  <g fill="none" stroke="${BRAND.figure}" stroke-width="38" stroke-linecap="round" stroke-linejoin="round">
    <path d="M290 178 L262 298"/>
    <path d="M262 298 L356 304 L360 404"/>
    <path d="M262 298 L206 404 L108 404"/>
    <path d="M286 198 L338 262"/>
  </g>
  <path d="M282 336 Q268 372 250 398" fill="none" stroke="${BRAND.accent}" stroke-width="16" stroke-linecap="round"/>
  <path d="M92 440 L420 440" stroke="${BRAND.figure}" stroke-opacity="0.55" stroke-width="14" stroke-linecap="round"/>
`;

export function renderMark({ maskable }: MarkOptions): string {
  const background = maskable
    ? `<rect width="512" height="512" fill="${BRAND.background}"/>`
    : `<rect width="512" height="512" rx="112" fill="${BRAND.background}"/>`;
  // The figure spans roughly 92..420 x 78..447; shrink it for the maskable safe zone.
  const figure = maskable
    ? `<g transform="translate(256 262) scale(0.8) translate(-256 -262)">${FIGURE}</g>`
    : FIGURE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" role="img" aria-label="Psoas Coach">${background}${figure}</svg>\n`;
}
