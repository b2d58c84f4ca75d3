/**
 * The Learn pages are data: every sentence about the body carries the weight it can bear,
 * following the grades of shared/domain/psoas-facts.md and the sources of evidence.md.
 *
 * - anatomy: textbook anatomy, stated plainly.
 * - practice: what practitioners commonly advise, presented as guidance.
 * - evidence: a research finding; it must name where it comes from.
 * - claim: popular but unsupported. It can only be written as a belief ("Some practitioners
 *   believe …") and can only live in a not-established section, which the types enforce and
 *   learn-content.test.ts checks again on the data.
 */
export type Grade = 'anatomy' | 'practice' | 'evidence' | 'claim';

export const GRADES: readonly Grade[] = ['anatomy', 'practice', 'evidence', 'claim'];

/** A study or guideline, and the place in shared/domain/evidence.md that summarises it. */
export type Source = {
  readonly citation: string;
  readonly section: `evidence.md §${string}`;
};

export type AnatomyStatement = { readonly grade: 'anatomy'; readonly text: string };
export type PracticeStatement = { readonly grade: 'practice'; readonly text: string };
export type EvidenceStatement = {
  readonly grade: 'evidence';
  readonly text: string;
  readonly sources: readonly [Source, ...Source[]];
};

/** What the ordinary sections may say: never a claim. */
export type Statement = AnatomyStatement | PracticeStatement | EvidenceStatement;

/** A popular belief, always paired with what is actually known about it. */
export type ClaimStatement = {
  readonly grade: 'claim';
  readonly id: string;
  readonly topic: string;
  readonly belief: `Some practitioners believe ${string}`;
  /** What the evidence says; it must say plainly that there is no good evidence. */
  readonly known: string;
  readonly sources?: readonly Source[];
};

export type UrgencyLevel = 'emergency' | 'same-day' | 'within-days';

export type Block =
  | { readonly kind: 'text'; readonly statement: Statement }
  | {
      readonly kind: 'list';
      readonly ordered?: boolean;
      readonly items: readonly Statement[];
    }
  | {
      /** Where practitioners and research say different things, side by side. */
      readonly kind: 'compare';
      readonly id: string;
      readonly title: string;
      readonly practice: PracticeStatement;
      readonly evidence: EvidenceStatement;
      /** What the app does about it: product behaviour, not a statement about the body. */
      readonly app: string;
    }
  | {
      /** A few large numbers with what they mean. */
      readonly kind: 'figures';
      readonly items: readonly {
        readonly value: string;
        readonly label: string;
        readonly statement: Statement;
      }[];
    }
  | {
      /**
       * A group of warning signs and what to do about them. The signs paraphrase the screening
       * questions; the basis names the guidelines behind the group.
       */
      readonly kind: 'urgency';
      readonly level: UrgencyLevel;
      readonly title: string;
      readonly action: string;
      readonly signs: readonly string[];
      readonly inApp: string;
      readonly basis: EvidenceStatement;
    }
  | {
      readonly kind: 'callout';
      readonly tone: 'info' | 'warning';
      readonly title: string;
      readonly statements: readonly Statement[];
    };

export type Section = {
  readonly kind: 'section';
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
};

/** The one place a claim may appear. */
export type NotEstablishedSection = {
  readonly kind: 'not-established';
  readonly id: string;
  readonly heading: string;
  readonly intro: string;
  readonly claims: readonly ClaimStatement[];
};

export type LearnSection = Section | NotEstablishedSection;

export type LearnSlug =
  'anatomy' | 'method' | 'habits' | 'when-to-see-a-doctor' | 'what-we-dont-claim';

export type LearnTopic = {
  readonly slug: LearnSlug;
  /** The page's h1 and document title. */
  readonly title: string;
  /** One line for the hub's topic cards. */
  readonly summary: string;
};

export type LearnPageContent = LearnTopic & {
  /** Editorial introduction under the h1: it states no fact that is not graded below. */
  readonly lead: string;
  readonly sections: readonly LearnSection[];
};

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  anatomy: 'Anatomy',
  practice: 'Practice',
  evidence: 'Research',
  claim: 'Not established',
};

export const GRADE_MEANINGS: Readonly<Record<Grade, string>> = {
  anatomy: 'Textbook anatomy: how the body is built.',
  practice:
    'What physiotherapists, massage therapists and coaches commonly advise. Good guidance, not proven in trials.',
  evidence: 'A research finding, with its source named beside it.',
  claim:
    'A popular idea without good evidence. Shown only on its own page, and never as a sign to look for.',
};

export function learnPath(slug: LearnSlug): string {
  return `/learn/${slug}`;
}
