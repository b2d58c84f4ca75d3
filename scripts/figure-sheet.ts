import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import {
  EXERCISES,
  SEGMENTS,
  poseGeometry,
  type Exercise,
  type FigureGeometry,
  type LimbPoints,
  type Point,
} from '../packages/core/src/index.ts';

/**
 * A contact sheet of every keyframe of every exercise, drawn as stick figures, for checking by
 * eye that the poses look like the exercise. Writes HTML and PNG pages under /tmp/figure-sheet/.
 *
 *   node --import tsx scripts/figure-sheet.ts [id-filter]
 */

const OUT = '/tmp/figure-sheet';
const CELL = { width: 320, height: 250 };
const SCALE = 170; // pixels per body height
const PER_PAGE = 4; // exercises per page

const COLOURS = { left: '#d9480f', right: '#1c7ed6', body: '#222', prop: '#868e96' };

function toSvg(p: Point, origin: Point): { x: number; y: number } {
  return { x: origin.x + p.x * SCALE, y: origin.y - p.y * SCALE };
}

function line(a: Point, b: Point, origin: Point, colour: string, width = 4): string {
  const p = toSvg(a, origin);
  const q = toSvg(b, origin);
  return `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`;
}

function limbSvg(
  hip: Point,
  shoulder: Point,
  limb: LimbPoints,
  origin: Point,
  colour: string,
): string {
  return [
    line(hip, limb.knee, origin, colour),
    line(limb.knee, limb.ankle, origin, colour),
    line(limb.heel, limb.toe, origin, colour, 3),
    line(shoulder, limb.elbow, origin, colour, 3),
    line(limb.elbow, limb.hand, origin, colour, 3),
  ].join('');
}

function propSvg(geometry: FigureGeometry, origin: Point): string {
  return geometry.props
    .map((prop) => {
      const at = toSvg(prop.point, origin);
      const floor = origin.y;
      switch (prop.kind) {
        case 'foam-roller':
        case 'ball': {
          const r = (prop.height / 2) * SCALE;
          return `<circle cx="${at.x}" cy="${floor - r}" r="${r}" fill="${COLOURS.prop}" opacity="0.6"/>`;
        }
        case 'block': {
          const h = prop.height * SCALE;
          return `<rect x="${at.x - 14}" y="${floor - h}" width="28" height="${h}" fill="${COLOURS.prop}" opacity="0.6"/>`;
        }
        case 'table':
        case 'chair': {
          const w = prop.kind === 'table' ? 70 : 40;
          const h = prop.height * SCALE;
          return `<rect x="${at.x - w / 2}" y="${floor - h}" width="${w}" height="${h}" fill="none" stroke="${COLOURS.prop}" stroke-width="3"/>`;
        }
        case 'wall':
          return `<line x1="${at.x + 6}" y1="${floor}" x2="${at.x + 6}" y2="${floor - 1.2 * SCALE}" stroke="${COLOURS.prop}" stroke-width="6"/>`;
        case 'band':
          return `<ellipse cx="${at.x}" cy="${at.y}" rx="6" ry="10" fill="none" stroke="#2f9e44" stroke-width="3"/>`;
      }
    })
    .join('');
}

function figureSvg(geometry: FigureGeometry): string {
  const { points, bounds } = geometry;
  const origin = {
    x: CELL.width / 2 - ((bounds.minX + bounds.maxX) / 2) * SCALE,
    y: CELL.height - 20,
  };
  const head = toSvg(points.head, origin);
  return [
    `<line x1="0" y1="${origin.y}" x2="${CELL.width}" y2="${origin.y}" stroke="#bbb" stroke-width="2"/>`,
    propSvg(geometry, origin),
    limbSvg(points.hip, points.shoulder, points.right, origin, COLOURS.right),
    line(points.hip, points.shoulder, origin, COLOURS.body, 5),
    line(points.shoulder, points.neck, origin, COLOURS.body, 4),
    `<circle cx="${head.x}" cy="${head.y}" r="${SEGMENTS.headRadius * SCALE}" fill="white" stroke="${COLOURS.body}" stroke-width="3"/>`,
    limbSvg(points.hip, points.shoulder, points.left, origin, COLOURS.left),
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function exerciseRow(exercise: Exercise): string {
  const cells = exercise.keyframes.map((frame, index) => {
    const geometry = poseGeometry(frame.pose);
    return `<figure><svg width="${CELL.width}" height="${CELL.height}">${figureSvg(geometry)}</svg>
      <figcaption>${index + 1}. ${escapeHtml(frame.label)}</figcaption></figure>`;
  });
  const tags = [
    exercise.phase,
    exercise.laterality,
    exercise.ladder ? `${exercise.ladder.name} #${exercise.ladder.rung}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return `<section><h2>${escapeHtml(exercise.name)} <small>${exercise.id} · ${tags}</small></h2><div class="row">${cells.join('')}</div></section>`;
}

function page(exercises: readonly Exercise[], number: number, total: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 13px system-ui, sans-serif; margin: 12px; width: 1320px; }
    h1 { font-size: 16px; } h2 { font-size: 14px; margin: 8px 0 2px; } small { color: #666; font-weight: normal; }
    .row { display: flex; gap: 6px; flex-wrap: wrap; }
    figure { margin: 0; border: 1px solid #ddd; } figcaption { padding: 2px 6px; max-width: ${CELL.width - 12}px; }
  </style></head><body><h1>Psoas Coach figure sheet, page ${number} of ${total} (left side <span style="color:${COLOURS.left}">orange</span>, right <span style="color:${COLOURS.right}">blue</span>)</h1>
  ${exercises.map(exerciseRow).join('')}</body></html>`;
}

const filter = process.argv[2];
const chosen = EXERCISES.filter((e) => !filter || e.id.includes(filter));
const pages: Exercise[][] = [];
for (let i = 0; i < chosen.length; i += PER_PAGE) pages.push(chosen.slice(i, i + PER_PAGE));

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
try {
  const tab = await browser.newPage({ viewport: { width: 1344, height: 800 } });
  for (const [index, exercises] of pages.entries()) {
    const html = page(exercises, index + 1, pages.length);
    const file = `${OUT}/page-${index + 1}`;
    writeFileSync(`${file}.html`, html);
    await tab.setContent(html);
    await tab.screenshot({ path: `${file}.png`, fullPage: true });
    console.log(`${file}.png: ${exercises.map((e) => e.id).join(', ')}`);
  }
} finally {
  await browser.close();
}
