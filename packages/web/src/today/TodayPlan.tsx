import type { NoticeCode, PlanResponse } from '@psoas/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { FeedbackForm } from './FeedbackForm.tsx';
import { HabitList } from './HabitList.tsx';
import { formatBudget, formatDayOfMonth } from './plan-format.ts';
import { SessionList } from './SessionList.tsx';
import { WeekStrip } from './WeekStrip.tsx';

const NOTICE_TITLES: Readonly<Record<NoticeCode, string>> = {
  'see-doctor-within-days': 'Gentle programme: please see a doctor within a few days',
  'clinician-review-suggested': 'Worth a review with a clinician',
  'professional-caution': 'Ask a professional first',
  'reassessment-suggested': 'Time to test your sides again',
};

const NOTICE_LINKS: Partial<Record<NoticeCode, { to: string; label: string }>> = {
  'reassessment-suggested': { to: '/assess/self-tests', label: 'Do the self-tests again' },
};

type TodayPlanProps = {
  readonly plan: PlanResponse;
  readonly onPlanChanged: () => void;
};

export function TodayPlan({ plan, onPlanChanged }: TodayPlanProps) {
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const mainIndex = plan.today.sessions.findIndex((session) => session.kind === 'main');
  const main = plan.today.sessions[mainIndex];
  const extras = plan.today.sessions.filter((session) => session.kind === 'extra');
  const items = main?.items ?? [];
  const dueBy = new Date(plan.screening.dueBy);

  return (
    <div className="today-grid">
      {plan.notices.length > 0 ? (
        <div className="today-grid__notices">
          {plan.notices.map((notice) => {
            const link = NOTICE_LINKS[notice.code];
            return (
              <section
                key={notice.code}
                className={`notice ${notice.code === 'see-doctor-within-days' || notice.code === 'professional-caution' ? 'notice--warning' : 'notice--info'}`}
                aria-label={NOTICE_TITLES[notice.code]}
                data-notice={notice.code}
              >
                <p className="today-notice__title">{NOTICE_TITLES[notice.code]}</p>
                <p>{notice.text}</p>
                {link ? (
                  <p>
                    <Link to={link.to}>{link.label}</Link>
                  </p>
                ) : null}
              </section>
            );
          })}
        </div>
      ) : null}

      <div className="today-grid__main">
        <section className="panel today-session" aria-labelledby="session-heading">
          <div className="today-session__head">
            <h2 id="session-heading">Today’s session</h2>
            {plan.mode === 'gentle' ? <span className="badge badge--warning">Gentle</span> : null}
          </div>
          {items.length > 0 && main ? (
            <>
              <p className="today-session__budget" data-testid="session-budget">
                {formatBudget(main.estimatedSeconds, plan.budgetSeconds)}
                <span className="today-session__order">
                  {' '}
                  · loosen, then stretch, then strengthen
                </span>
              </p>
              <p className="today-session__start">
                <Link className="button" to={`/session?session=${mainIndex}`}>
                  Start the guided session
                </Link>{' '}
                <span className="today-session__start-hint">
                  Hands-free: the figure, a timer and a voice for every hold and side.
                </span>
              </p>
              <SessionList items={items} />
              {extras.length > 0 ? (
                <p className="today-session__extra">
                  {extras.length === 1
                    ? 'Later today, repeat the stretches once more if you can.'
                    : `Later today, repeat the stretches ${extras.length} more times if you can.`}
                </p>
              ) : null}
            </>
          ) : (
            <p>
              A rest day for exercise. Keep up the habits below; your muscles get stronger between
              sessions.
            </p>
          )}
        </section>

        {items.length > 0 ? (
          <section className="panel today-feedback" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">How did it go?</h2>
            {feedbackOpen ? (
              <FeedbackForm date={plan.today.date} items={items} onPlanChanged={onPlanChanged} />
            ) : (
              <>
                <p>
                  After your session, tell us how each exercise felt. Your plan moves up when it is
                  too easy and eases off when it is too hard, and every change can be undone.
                </p>
                <button type="button" className="button" onClick={() => setFeedbackOpen(true)}>
                  I’ve done my session
                </button>
              </>
            )}
          </section>
        ) : null}

        <section className="today-about" aria-labelledby="about-heading">
          <h2 id="about-heading" className="visually-hidden">
            About this plan
          </h2>
          <p>
            {plan.selfTestsId
              ? 'Built from your answers and your self-tests. '
              : 'Built from your answers; no self-tests yet. '}
            {Number.isNaN(dueBy.getTime())
              ? null
              : `The safety questions come back by ${formatDayOfMonth(plan.screening.dueBy.slice(0, 10))}, or sooner if your pain rises. `}
          </p>
          <ul className="today-about__links">
            <li>
              <Link to="/assess">Change your answers</Link>
            </li>
            <li>
              <Link to="/assess/self-tests">
                {plan.selfTestsId ? 'Test your sides again' : 'Do the self-tests'}
              </Link>
            </li>
            <li>
              <Link to="/assess/screening">Answer the safety questions again</Link>
            </li>
          </ul>
        </section>
      </div>
      <div className="today-grid__side">
        <section className="panel today-week" aria-labelledby="week-heading">
          <h2 id="week-heading">The week ahead</h2>
          <WeekStrip week={plan.week} />
        </section>

        <section className="panel today-habits" aria-labelledby="habits-heading">
          <h2 id="habits-heading">Habits through the day</h2>
          <HabitList habits={plan.habits} />
        </section>
      </div>
    </div>
  );
}
