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
    id: 'bandy-1994',
    citation: 'Bandy WD, Irion JM. Phys Ther 1994;74(9):845-50',
    section: 'evidence.md §1.1',
    finding:
      'Holding a hamstring stretch for 30 s or 60 s, 5 days a week for 6 weeks, beat 15 s and no stretching; 60 s was no better than 30 s.',
  },
  {
    id: 'ayala-2010',
    citation: 'Ayala F, Sainz de Baranda P. J Strength Cond Res 2010;24(2):430-6',
    section: 'evidence.md §1.1',
    finding:
      'The same 180 s a day worked equally well whether split into short holds (15 s) or longer ones (30 s, 45 s).',
  },
  {
    id: 'cipriani-2012',
    citation: 'Cipriani DJ et al. J Strength Cond Res 2012;26(8):2119-29',
    section: 'evidence.md §1.1',
    finding:
      'Flexibility rose at the same rate whether people stretched daily or three times a week, once or twice a day.',
  },
  {
    id: 'winters-2004',
    citation: 'Winters MV et al. Phys Ther 2004;84:800-7',
    section: 'evidence.md §1.2',
    finding:
      'Active and passive home hip flexor stretches both improved hip extension, measured in the modified Thomas position, over 3 to 6 weeks.',
  },
  {
    id: 'aslan-2018',
    citation: 'Aslan HIY et al. Int J Sports Phys Ther 2018;13(5):846-59',
    section: 'evidence.md §1.2',
    finding:
      'In people with tight hip flexors, one session of hold-relax (PNF) stretching gained more hip extension than dynamic stretching.',
  },
  {
    id: 'hatefi-2021',
    citation: 'Hatefi M et al. J Exp Orthop 2021;8:55',
    section: 'evidence.md §1.2',
    finding:
      'Eight weeks of hip flexor stretching (30 s holds, 8 s rest, 10 holds, 3 times a week) did no better than the comparison group for back pain or disability.',
  },
  {
    id: 'ppt-cue-2024',
    citation:
      'BMC Musculoskelet Disord 2024, half-kneeling stretch with a posterior pelvic tilt cue (secondary summary)',
    section: 'evidence.md §1.2',
    finding:
      'Tucking the pelvis under during the half-kneeling stretch lowered hip flexor resistance more than the usual version. Read in a summary only.',
  },
  {
    id: 'harvey-1998',
    citation: 'Harvey D. Br J Sports Med 1998;32:68-70',
    section: 'evidence.md §2.2',
    finding:
      'In the modified Thomas position, the thigh of elite athletes hung on average about 12° below horizontal.',
  },
  {
    id: 'ekstrom-2007',
    citation: 'Ekstrom RA et al. J Orthop Sports Phys Ther 2007;37(12):754-62',
    section: 'evidence.md §3.2',
    finding:
      'Two-leg and one-leg bridges used less than 45% of maximal glute activity: a level for endurance and control rather than strength.',
  },
  {
    id: 'contreras-2015',
    citation: 'Contreras B et al. J Appl Biomech 2015;31:452-8',
    section: 'evidence.md §3.2',
    finding:
      'The loaded hip thrust drew far more glute activity than the back squat (mean 69.5% vs 29.4% upper, 86.8% vs 45.4% lower).',
  },
  {
    id: 'hedge-cornell',
    citation: 'Hedge A, Cornell University Ergonomics Web',
    section: 'evidence.md §4.1',
    finding:
      'Suggests a 20-8-2 rhythm (sit 20 min, stand 8, move 2) and a posture break every 20-30 min; standing still alone is not enough.',
  },
  {
    id: 'csep-2020',
    citation: 'Canadian 24-Hour Movement Guidelines for Adults 18-64 (CSEP 2020)',
    section: 'evidence.md §4.1',
    finding:
      'Keep sedentary time to 8 hours a day or less, break up long sitting as often as you can, and strengthen muscles at least twice a week.',
  },
  {
    id: 'boukabache-2021',
    citation: 'Boukabache A, Preece SJ, Brookes N. Musculoskelet Sci Pract 2021;51:102282',
    section: 'evidence.md §4.2',
    finding:
      'Active people who sat little had about 6° more hip extension than people who sat more than 7 hours a day; an association, not proof of cause.',
  },
  {
    id: 'sitting-lbp-reviews',
    citation:
      'Hartvigsen J et al. Scand J Public Health 2000; Roffey DM et al. Spine J 2010; standing-desk meta-analysis, Work (wor203292)',
    section: 'evidence.md §4.3',
    finding:
      'Sitting at work has not been shown to cause back pain, and long standing at a desk did not reduce it; variety of position and movement is the aim.',
  },
  {
    id: 'cheatham-2020',
    citation: 'Cheatham SW, Stull KR. J Sport Rehabil 2020',
    section: 'evidence.md §7.1',
    finding:
      'Two minutes of roller massage improved knee range of motion by 7-8° and lowered sensitivity to pressure.',
  },
  {
    id: 'couture-2015',
    citation: 'Couture G et al. Open Orthop J 2015;9:450',
    section: 'evidence.md §7.1',
    finding:
      'Very short rolling (2 x 10 s, or 4 x 30 s on the hamstrings) did not change range of motion.',
  },
  {
    id: 'lowe-2015',
    citation: 'Lowe W. Massage & Bodywork, Mar/Apr 2015',
    section: 'evidence.md §7.3',
    finding:
      'Pressing through the belly traps the intestine against the psoas beside the external iliac artery and could cause serious harm; a PNF hip flexor stretch is the suggested alternative.',
  },
  {
    id: 'abdominal-release-safety',
    citation:
      'Search summary: no peer-reviewed safety trial or case series on abdominal psoas release',
    section: 'evidence.md §7.3',
    finding:
      'No safety data exist; the app does not prescribe self-applied pressure through the belly and gates any such technique behind a contraindication checklist.',
  },
  {
    id: 'practice-care-method',
    citation:
      'Practitioner guidance (massage therapists, mobility coach, posture clinic, yoga school)',
    section: 'psoas-facts.md, The care method described',
    finding:
      'Release, then stretch, then activate and strengthen; hold stretches 20-30 s two or three times per side; bridges held 10 s, 10-15 times.',
  },
  {
    id: 'practice-habits',
    citation: 'Practitioner guidance on daily habits (massage therapists, posture clinic)',
    section: 'psoas-facts.md, Risk factors and habits; The care method described, 5. Habits',
    finding:
      'Sit back with the feet flat, do not hook the feet under the chair or cross the legs, avoid sleeping on the stomach, and get up often.',
  },
  {
    id: 'practice-traction',
    citation: 'Practitioner guidance on traction (mobility coach, massage therapists)',
    section: 'psoas-facts.md, The care method described, 3. Traction',
    finding:
      'Traction is an advanced technique combined with stretching; it is learned from a professional and not coached alone.',
  },
] as const satisfies readonly EvidenceRef[];

export type EvidenceId = (typeof REFS)[number]['id'];

const byId: ReadonlyMap<string, EvidenceRef> = new Map(REFS.map((ref) => [ref.id, ref]));

export const EVIDENCE: readonly EvidenceRef[] = REFS;

export function findEvidence(id: string): EvidenceRef | undefined {
  return byId.get(id);
}
