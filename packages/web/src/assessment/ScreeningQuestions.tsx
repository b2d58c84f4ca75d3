import {
  RED_FLAG_GROUPS,
  RED_FLAG_QUESTIONS,
  type RedFlagId,
  type ScreeningAnswer,
  type ScreeningAnswers,
} from '@psoas/core';
import { GROUP_TITLES } from './red-flag-summaries.ts';
import { RadioGroup } from './RadioGroup.tsx';

const YES_NO = [
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

type ScreeningQuestionsProps = {
  readonly answers: ScreeningAnswers;
  readonly onAnswer: (id: RedFlagId, answer: ScreeningAnswer) => void;
  /** The questions still unanswered after a submit attempt; empty before. */
  readonly missing: readonly RedFlagId[];
};

/** The red-flag questions, grouped gently, each a required yes/no. */
export function ScreeningQuestions({ answers, onAnswer, missing }: ScreeningQuestionsProps) {
  return (
    <>
      <div className="notice notice--info screening-intro" id="screening-intro">
        <p>
          These questions look for signs that need a doctor rather than exercise. Most people answer
          no to all of them. Psoas Coach does not diagnose: if an answer needs a doctor, it will
          tell you how soon, and pause the exercises until then.
        </p>
        <p>Please answer each question about how things are for you now.</p>
      </div>
      {RED_FLAG_GROUPS.map((group) => (
        <fieldset key={group} className="field-set screening-group">
          <legend className="field-set__legend">{GROUP_TITLES[group]}</legend>
          {RED_FLAG_QUESTIONS.filter((question) => question.group === group).map((question) => (
            <RadioGroup
              key={question.id}
              name={question.id}
              legend={question.question}
              options={YES_NO}
              inline
              value={answers[question.id] ?? ''}
              onChange={(answer) => onAnswer(question.id, answer)}
              error={missing.includes(question.id) ? 'Please answer yes or no.' : undefined}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}
