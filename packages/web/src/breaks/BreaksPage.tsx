import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';

// Placeholder until the Breaks page lands (issue 6); replaced by its owner.
export function BreaksPage() {
  return (
    <ComingSoonPage
      title="Breaks"
      coming="Break reminders that respect your meetings and working hours, each with a one-to-two minute standing routine, are coming."
    />
  );
}
