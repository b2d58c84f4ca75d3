import type { EvidenceRef } from './exercise.schema.ts';

/**
 * The evidence register: every number the catalogue uses points here, and every entry points at
 * its place in shared/domain/evidence.md (or psoas-facts.md for practitioner guidance), so a
 * reviewer can check a dose against its source in one step.
 */
const REFS = [
  {
    id: 'bandy-1997',
    citation: 'Bandy WD, Irion JM, Briggs M. Phys Ther 1997;77(10):1090-6',
    section: 'evidence.md §1.1',
    finding:
      '30-second holds, 5 days a week for 6 weeks, improved flexibility; 60 s or three stretches a day added nothing.',
  },
  {
    id: 'acsm-2011',
    citation: 'Garber CE et al. (ACSM position stand). Med Sci Sports Exerc 2011;43(7):1334-59',
    section: 'evidence.md §1.1',
    finding:
      'Stretch at least 2-3 days a week (daily is best) to tightness or slight discomfort, holding 10-30 s (30-60 s for older adults).',
  },
  {
    id: 'thomas-2018',
    citation: 'Thomas E, Bianco A, Paoli A, Palma A. Int J Sports Med 2018',
    section: 'evidence.md §1.1',
    finding:
      'Range-of-motion gains need at least 5 minutes of stretching per muscle per week, spread over at least 5 days.',
  },
  {
    id: 'preece-2021',
    citation: 'Preece SJ et al. J Manipulative Physiol Ther 2021;44(4):289-94',
    section: 'evidence.md §1.2',
    finding:
      'One session of hip-flexor stretching added 2.6° of hip extension but changed pelvic tilt by only 1.2°.',
  },
  {
    id: 'ratamess-2009',
    citation: 'Ratamess NA et al. (ACSM progression models). Med Sci Sports Exerc 2009',
    section: 'evidence.md §3.1',
    finding:
      'Novices: 8-12 repetitions, 1-3 sets, 2-3 days a week, 1-2 s up and 1-2 s down; progress when 1-2 extra reps are easy.',
  },
  {
    id: 'kang-2016',
    citation: 'Kang SY et al. Man Ther 2016;22:211-5',
    section: 'evidence.md §3.2',
    finding:
      'Bridging with the hips about 30° apart gave the most gluteus maximus activity and the least anterior pelvic tilt.',
  },
  {
    id: 'lehecka-2017',
    citation: 'Lehecka BJ et al. Int J Sports Phys Ther 2017;12(4):543-9',
    section: 'evidence.md §3.2',
    finding:
      'In the single-leg bridge, a knee bent to about 135° favoured the glutes; 90° brought on hamstring cramps.',
  },
  {
    id: 'ladder-3-3',
    citation: 'Evidence-informed glute progression ladder (order inferred from EMG studies)',
    section: 'evidence.md §3.3',
    finding:
      'Bridge, banded bridge, march or hold, single-leg bridge, elevated bridge, hip thrust. No trial tests the order itself.',
  },
  {
    id: 'behm-2020',
    citation: 'Behm DG et al. J Strength Cond Res 2020;34(11):3301-8',
    section: 'evidence.md §7.1',
    finding:
      'For range of motion: 1-3 sets per muscle of 30-120 s, rolling slowly at 2-4 s per pass.',
  },
  {
    id: 'konrad-2022',
    citation: 'Konrad A et al. Sports Med 2022;52(10):2523-35',
    section: 'evidence.md §7.1',
    finding:
      'Foam rolling as training improved range of motion for thighs; programmes longer than 4 weeks did better.',
  },
  {
    id: 'bartsch-2021',
    citation: 'Bartsch KM et al. J Clin Med 2021;10(22):5360',
    section: 'evidence.md §7.2',
    finding:
      'Do not roll over open wounds or fractures; take care (ask a clinician) with local inflammation or a history of deep vein thrombosis.',
  },
  {
    id: 'buckley-2015',
    citation: 'Buckley JP et al. Br J Sports Med 2015;49(21):1357-62',
    section: 'evidence.md §4.1',
    finding:
      'Desk workers: build up to 2 hours a day of standing and light activity at work, then 4 hours; break up sitting often.',
  },
  {
    id: 'dunstan-2012',
    citation: 'Dunstan DW et al. Diabetes Care 2012',
    section: 'evidence.md §4.1',
    finding:
      'Two minutes of light walking every 20 minutes beat both uninterrupted sitting and simply standing.',
  },
  {
    id: 'solomon-2018',
    citation: 'Solomon TPJ et al. Front Cardiovasc Med 2018;5:99',
    section: 'evidence.md §4.1',
    finding:
      'Guidelines advise interrupting prolonged sitting with light activity every 30 minutes.',
  },
  {
    id: 'practice-care-method',
    citation:
      'Practitioner guidance (massage therapists, mobility coach, posture clinic, yoga school)',
    section: 'psoas-facts.md, The care method described',
    finding:
      'Release, then stretch, then activate and strengthen; hold stretches 20-30 s two or three times per side; bridges held 10 s, 10-15 times.',
  },
] as const satisfies readonly EvidenceRef[];

export type EvidenceId = (typeof REFS)[number]['id'];

const byId: ReadonlyMap<string, EvidenceRef> = new Map(REFS.map((ref) => [ref.id, ref]));

export const EVIDENCE: readonly EvidenceRef[] = REFS;

export function findEvidence(id: string): EvidenceRef | undefined {
  return byId.get(id);
}
