import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';

// Placeholder until the session player lands (issue 5); replaced by its owner.
export function SessionPage() {
  return (
    <ComingSoonPage
      title="Session"
      coming="A hands-free session player with a large timer and voice cues for every hold, rep and side is on its way."
    />
  );
}
