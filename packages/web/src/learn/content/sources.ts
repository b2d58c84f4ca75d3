import type { Source } from './grade.ts';

/**
 * The studies and guidelines the Learn pages cite, each pointing at its summary in
 * shared/domain/evidence.md so a reviewer can check a sentence against its source in one step.
 */
export const SOURCES = {
  preece2021: {
    citation: 'Preece SJ et al. J Manipulative Physiol Ther 2021;44(4):289-94',
    section: 'evidence.md §1.2',
  },
  hatefi2021: {
    citation: 'Hatefi M et al. J Exp Orthop 2021;8:55',
    section: 'evidence.md §1.2',
  },
  heino1990: {
    citation: 'Heino JG, Godges JJ, Carter CL. J Orthop Sports Phys Ther 1990;12(6):243-7',
    section: 'evidence.md §1.2',
  },
  winters2004: {
    citation: 'Winters MV et al. Phys Ther 2004;84:800-7',
    section: 'evidence.md §1.2',
  },
  bandy1997: {
    citation: 'Bandy WD, Irion JM, Briggs M. Phys Ther 1997;77(10):1090-6',
    section: 'evidence.md §1.1',
  },
  thomas2018: {
    citation: 'Thomas E, Bianco A, Paoli A, Palma A. Int J Sports Med 2018',
    section: 'evidence.md §1.1',
  },
  acsm2011: {
    citation: 'Garber CE et al. (ACSM position stand). Med Sci Sports Exerc 2011;43(7):1334-59',
    section: 'evidence.md §1.1',
  },
  gribble1999: {
    citation: 'Gribble PA et al. J Sport Rehabil 1999;8:195-208',
    section: 'evidence.md §1.1',
  },
  harvey1998: {
    citation: 'Harvey D. Br J Sports Med 1998;32:68-70',
    section: 'evidence.md §2.2',
  },
  ratamess2009: {
    citation: 'Ratamess NA et al. (ACSM progression models). Med Sci Sports Exerc 2009',
    section: 'evidence.md §3.1',
  },
  gluteClaim: {
    citation:
      'Mills M et al. J Athl Train 2014 (abstract); Martinez-Sepanski SC et al. J Motor Control Learn 2023',
    section: 'evidence.md §3.4',
  },
  buckley2015: {
    citation: 'Buckley JP et al. Br J Sports Med 2015;49(21):1357-62',
    section: 'evidence.md §4.1',
  },
  dunstan2012: {
    citation: 'Dunstan DW et al. Diabetes Care 2012',
    section: 'evidence.md §4.1',
  },
  solomon2018: {
    citation: 'Solomon TPJ et al. Front Cardiovasc Med 2018;5:99',
    section: 'evidence.md §4.1',
  },
  hedge: {
    citation: 'Hedge A. Cornell University Ergonomics Web',
    section: 'evidence.md §4.1',
  },
  canada2020: {
    citation: 'Canadian 24-Hour Movement Guidelines for Adults 18-64 (CSEP 2020)',
    section: 'evidence.md §4.1',
  },
  boukabache2021: {
    citation: 'Boukabache A, Preece SJ, Brookes N. Musculoskelet Sci Pract 2021;51:102282',
    section: 'evidence.md §4.2',
  },
  hartvigsen2000: {
    citation: 'Hartvigsen J et al. Scand J Public Health 2000;28(3):230-9',
    section: 'evidence.md §4.3',
  },
  dzakpasu2021: {
    citation: 'Dzakpasu FQS et al. Int J Behav Nutr Phys Act 2021',
    section: 'evidence.md §4.3',
  },
  standingDesks: {
    citation: 'Meta-analysis of standing desk work and low back pain, Work (IOS Press)',
    section: 'evidence.md §4.3',
  },
  girft2023: {
    citation: 'GIRFT National Suspected Cauda Equina Syndrome Pathway 2023; BASS 2018',
    section: 'evidence.md §5.1',
  },
  nhsRedFlags: {
    citation: 'NHS acute back pain pathway red-flag lists (NICE CKS derived)',
    section: 'evidence.md §5.1',
  },
  downie2013: {
    citation: 'Downie A et al. BMJ 2013;347:f7095',
    section: 'evidence.md §5.1',
  },
  finucane2020: {
    citation: 'Finucane LM et al. (IFOMPT framework). J Orthop Sports Phys Ther 2020;50(7):350-72',
    section: 'evidence.md §5.1',
  },
  screeningQuestions: {
    citation: 'Psoas Coach screening questions, derived from the guidelines above',
    section: 'evidence.md §5.2',
  },
  lowe2015: {
    citation: 'Lowe W. Massage & Bodywork, Mar/Apr 2015',
    section: 'evidence.md §7.3',
  },
} as const satisfies Record<string, Source>;
