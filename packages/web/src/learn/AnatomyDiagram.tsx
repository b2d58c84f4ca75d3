/**
 * A front view of the lumbar spine, pelvis and upper thigh bones with the iliopsoas, drawn by
 * hand as inline SVG so it follows the theme: every colour is a CSS variable from learn.css.
 *
 * One half is drawn in its own coordinates (the body's midline at x = 300) and mirrored for the
 * other side. The viewer looks at the person from the front, so the person's right side is on
 * the left of the drawing. The psoas minor is drawn on the person's left only: many people
 * have one, some don't, and it may be missing on one side.
 */

const TITLE_ID = 'anatomy-diagram-title';
const DESC_ID = 'anatomy-diagram-desc';

/** Vertebral bodies from T12 to L5: top, bottom and width, growing towards the pelvis. */
const VERTEBRAE = [
  { name: 'T12', top: 34, bottom: 66, width: 58, process: 0 },
  { name: 'L1', top: 76, bottom: 112, width: 64, process: 22 },
  { name: 'L2', top: 123, bottom: 161, width: 68, process: 28 },
  { name: 'L3', top: 173, bottom: 213, width: 72, process: 34 },
  { name: 'L4', top: 225, bottom: 266, width: 76, process: 30 },
  { name: 'L5', top: 278, bottom: 318, width: 80, process: 26 },
] as const;

const MID = 300;

/** A vertebral body with slightly waisted sides, as they look from the front. */
function bodyPath(top: number, bottom: number, width: number): string {
  const left = MID - width / 2;
  const right = MID + width / 2;
  const middle = (top + bottom) / 2;
  return [
    `M ${left + 3} ${top}`,
    `Q ${MID} ${top - 3} ${right - 3} ${top}`,
    `Q ${right + 1} ${top + 1} ${right} ${top + 5}`,
    `Q ${right - 4} ${middle} ${right} ${bottom - 5}`,
    `Q ${right + 1} ${bottom - 1} ${right - 3} ${bottom}`,
    `Q ${MID} ${bottom + 3} ${left + 3} ${bottom}`,
    `Q ${left - 1} ${bottom - 1} ${left} ${bottom - 5}`,
    `Q ${left + 4} ${middle} ${left} ${top + 5}`,
    `Q ${left - 1} ${top + 1} ${left + 3} ${top}`,
    'Z',
  ].join(' ');
}

// The hip bone of one side: iliac crest, the notch between the iliac spines, the socket, the
// ischium, the pubic rami and the pubic crest, then up along the pelvic brim to the sacrum.
const HIP_BONE =
  'M 226 320 C 214 274 196 232 160 222 C 126 214 96 236 90 266 C 86 292 96 316 112 332 ' +
  'C 118 340 120 348 126 354 C 132 360 138 364 142 370 C 140 398 150 430 168 452 ' +
  'C 176 466 188 478 206 478 C 228 478 258 470 290 462 L 295 458 L 295 404 ' +
  'C 270 402 240 400 222 392 C 208 384 204 366 214 352 C 220 342 228 334 234 330 Z';

/** The hollow of the ilium that the iliacus fills. */
const ILIAC_FOSSA =
  'M 224 326 C 212 284 192 244 160 236 C 132 230 108 250 104 274 C 102 300 116 324 134 342 ' +
  'C 156 360 190 372 210 372 C 214 356 222 342 230 334 Z';

/** The pelvic brim: from the sacrum round the inside of the pelvis to the top of the pubis. */
const PELVIC_BRIM = 'M 232 332 C 220 342 206 360 210 378 C 216 394 250 400 294 404';

const OBTURATOR_HOLE =
  'M 222 414 C 238 406 258 414 262 430 C 266 448 254 462 238 462 C 220 462 208 446 210 432 ' +
  'C 211 424 215 418 222 414 Z';

const SACRUM =
  'M 222 326 C 250 320 280 318 300 322 C 320 318 350 320 378 326 C 372 350 360 380 346 404 ' +
  'C 334 424 316 440 300 444 C 284 440 266 424 254 404 C 240 380 228 350 222 326 Z';

const FEMUR =
  'M 156 370 C 140 376 124 382 112 386 C 106 378 98 378 94 386 C 86 404 86 430 96 452 ' +
  'C 102 468 104 488 106 508 L 136 690 L 146 684 L 156 692 L 166 684 L 176 690 ' +
  'L 150 522 C 150 508 152 500 156 496 C 172 496 188 490 188 478 C 188 466 170 458 156 456 ' +
  'C 162 444 172 430 186 416 Z';

const ILIACUS =
  'M 224 326 C 212 288 192 248 160 240 C 134 236 112 254 108 278 C 106 302 116 322 130 344 ' +
  'C 142 364 150 388 154 410 C 156 430 164 448 178 466 L 182 450 C 180 424 186 392 196 364 ' +
  'C 204 346 212 334 224 326 Z';

const PSOAS_MAJOR =
  'M 274 38 C 273 70 271 110 269 150 C 267 200 265 260 263 318 C 258 336 248 352 236 370 ' +
  'C 222 390 208 410 200 428 C 194 442 190 458 188 474 C 187 480 183 484 180 482 ' +
  'C 177 480 176 474 176 466 C 176 446 178 418 183 394 C 188 370 196 346 203 322 ' +
  'C 210 292 218 256 229 214 C 241 170 254 120 265 70 C 268 56 271 44 274 38 Z';

const PSOAS_MINOR =
  'M 276 46 C 281 76 278 116 270 148 C 258 214 240 310 219 382 L 212 386 ' +
  'C 230 316 247 222 258 150 C 262 118 265 80 271 46 Z';

/** Muscle fibres, clipped to the muscle's outline, give the drawing its direction. */
const PSOAS_FIBRES = [
  'M 272 60 C 262 160 240 300 186 466',
  'M 270 110 C 258 200 234 320 182 466',
  'M 268 170 C 254 250 228 340 180 466',
  'M 266 230 C 250 290 222 360 180 466',
  'M 265 290 C 246 330 216 380 182 466',
  'M 262 320 C 238 360 206 400 186 466',
];

const ILIACUS_FIBRES = [
  'M 212 300 C 198 340 186 380 170 460',
  'M 190 262 C 180 330 174 380 168 460',
  'M 160 250 C 160 320 164 380 166 460',
  'M 132 256 C 140 330 156 380 164 460',
  'M 114 290 C 130 340 150 390 164 460',
];

type HalfProps = { readonly withMinor: boolean; readonly side: 'right' | 'left' };

/** One side of the pelvis, thigh bone and muscles, in the half's own coordinates. */
function Half({ withMinor, side }: HalfProps) {
  const clip = (part: string) => `anatomy-clip-${part}-${side}`;
  return (
    <g>
      <defs>
        <clipPath id={clip('psoas')}>
          <path d={PSOAS_MAJOR} />
        </clipPath>
        <clipPath id={clip('iliacus')}>
          <path d={ILIACUS} />
        </clipPath>
      </defs>
      <path className="anat-bone" d={HIP_BONE} />
      <path className="anat-fossa" d={ILIAC_FOSSA} />
      <path className="anat-hole" d={OBTURATOR_HOLE} />
      <path className="anat-brim" d={PELVIC_BRIM} />
      <path className="anat-bone" d={FEMUR} />
      <path className="anat-bone-detail" d="M 104 400 C 118 428 138 450 156 462" fill="none" />
      <circle className="anat-bone" cx="172" cy="392" r="27" />
      <path className="anat-bone-detail" d="M 140 380 A 34 34 0 0 1 204 384" fill="none" />
      <path className="anat-iliacus" d={ILIACUS} />
      <g clipPath={`url(#${clip('iliacus')})`} className="anat-fibres">
        {ILIACUS_FIBRES.map((d) => (
          <path key={d} d={d} />
        ))}
      </g>
      <path className="anat-psoas" d={PSOAS_MAJOR} />
      <g clipPath={`url(#${clip('psoas')})`} className="anat-fibres">
        {PSOAS_FIBRES.map((d) => (
          <path key={d} d={d} />
        ))}
      </g>
      {withMinor ? <path className="anat-psoas-minor" d={PSOAS_MINOR} /> : null}
    </g>
  );
}

function Spine() {
  return (
    <g>
      <path className="anat-bone" d={SACRUM} />
      {[350, 374, 396, 416].map((y, index) => (
        <g key={y} className="anat-hole">
          <ellipse cx={MID - 24 + index * 3} cy={y} rx={6 - index} ry={4} />
          <ellipse cx={MID + 24 - index * 3} cy={y} rx={6 - index} ry={4} />
        </g>
      ))}
      <path className="anat-bone" d="M 290 446 L 310 446 L 305 468 L 295 468 Z" />
      {/* The 12th ribs, short and floating, angle down from T12. */}
      <path
        className="anat-bone"
        d="M 272 48 C 252 54 232 70 216 94 L 222 98 C 238 76 256 62 272 58 Z"
      />
      <path
        className="anat-bone"
        d="M 328 48 C 348 54 368 70 384 94 L 378 98 C 362 76 344 62 328 58 Z"
      />
      {VERTEBRAE.map((v, index) => {
        const middle = (v.top + v.bottom) / 2;
        const next = VERTEBRAE[index + 1];
        return (
          <g key={v.name}>
            {v.process > 0 ? (
              <>
                <rect
                  className="anat-bone"
                  x={MID - v.width / 2 - v.process}
                  y={middle - 5}
                  width={v.process + 6}
                  height="10"
                  rx="5"
                />
                <rect
                  className="anat-bone"
                  x={MID + v.width / 2 - 6}
                  y={middle - 5}
                  width={v.process + 6}
                  height="10"
                  rx="5"
                />
              </>
            ) : null}
            {next ? (
              <rect
                className="anat-disc"
                x={MID - v.width / 2 + 3}
                y={v.bottom}
                width={v.width - 6}
                height={next.top - v.bottom}
                rx="3"
              />
            ) : null}
            <path className="anat-bone" d={bodyPath(v.top, v.bottom, v.width)} />
          </g>
        );
      })}
    </g>
  );
}

type Label = {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the leader line starts (near the text) and ends (on the structure). */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
};

// Label positions are in the final drawing's coordinates (the halves are shifted by 20).
const LABELS: readonly Label[] = [
  { text: '12th rib', x: 172, y: 92, anchor: 'end', from: [178, 87], to: [242, 100] },
  { text: 'Psoas major', x: 172, y: 160, anchor: 'end', from: [178, 156], to: [272, 190] },
  { text: 'Iliacus', x: 120, y: 200, anchor: 'end', from: [124, 200], to: [170, 296] },
  { text: 'Psoas minor', x: 468, y: 130, anchor: 'start', from: [462, 125], to: [348, 112] },
  { text: 'Ilium', x: 474, y: 200, anchor: 'start', from: [482, 206], to: [520, 262] },
  { text: 'Pelvic brim', x: 512, y: 352, anchor: 'start', from: [508, 348], to: [410, 376] },
  { text: 'Iliopsoas', x: 528, y: 488, anchor: 'start', from: [524, 483], to: [440, 440] },
  { text: 'Sacrum', x: 320, y: 380, anchor: 'middle', from: [320, 380], to: [320, 380] },
  { text: 'Pubis', x: 320, y: 518, anchor: 'middle', from: [320, 502], to: [306, 450] },
  {
    text: 'Lesser trochanter',
    x: 214,
    y: 562,
    anchor: 'start',
    from: [220, 547],
    to: [196, 484],
  },
  { text: 'Femur', x: 34, y: 610, anchor: 'start', from: [84, 604], to: [156, 600] },
];

export function AnatomyDiagram() {
  return (
    <svg
      className="anatomy-diagram"
      viewBox="0 0 640 700"
      role="img"
      aria-labelledby={`${TITLE_ID} ${DESC_ID}`}
    >
      <title id={TITLE_ID}>The psoas and iliacus, seen from the front</title>
      <desc id={DESC_ID}>
        The lumbar spine from T12 to L5 stands on the sacrum between the two hip bones. On each side
        the psoas major runs down from the sides of T12 to L5, over the pelvic brim near the pubis
        and across the front of the hip joint to the lesser trochanter of the femur. The iliacus
        lines the inside of the ilium and joins it there as the iliopsoas. A thin psoas minor is
        drawn on one side only, lying in front of the psoas major and ending at the pelvic brim.
      </desc>
      <rect className="anat-backdrop" x="0" y="0" width="640" height="700" rx="16" />
      <g transform="translate(20 0)">
        <Spine />
        <Half side="right" withMinor={false} />
        <g transform="translate(600 0) scale(-1 1)">
          <Half side="left" withMinor />
        </g>
        {VERTEBRAE.map((v) => (
          <text
            key={v.name}
            className="anat-vertebra-label"
            x={MID}
            y={(v.top + v.bottom) / 2 + 5}
            textAnchor="middle"
          >
            {v.name}
          </text>
        ))}
      </g>
      <g className="anat-labels">
        {LABELS.map((label) => (
          <g key={label.text} className="anat-label">
            {label.from[0] !== label.to[0] || label.from[1] !== label.to[1] ? (
              <>
                <line
                  className="anat-leader"
                  x1={label.from[0]}
                  y1={label.from[1]}
                  x2={label.to[0]}
                  y2={label.to[1]}
                />
                <circle className="anat-leader-dot" cx={label.to[0]} cy={label.to[1]} r="3" />
              </>
            ) : null}
            <text x={label.x} y={label.y} textAnchor={label.anchor}>
              {label.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
