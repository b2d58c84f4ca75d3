import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';

// Placeholder until the session history lands (issue 5); replaced by its owner.
export function ProgressPage() {
  return (
    <ComingSoonPage
      title="Progress"
      coming="Daily check-ins, streaks and plain charts that answer “is this helping?” will appear here."
    />
  );
}
