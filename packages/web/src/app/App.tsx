import { BrowserRouter, Route, Routes } from 'react-router';
import { ExerciseDetailPage } from '../exercises/ExerciseDetailPage.tsx';
import { ExerciseListPage } from '../exercises/ExerciseListPage.tsx';
import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';
import { LearnPage } from '../pages/LearnPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { Layout } from './Layout.tsx';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route
            index
            element={
              <ComingSoonPage
                title="Today"
                coming="Your plan for the day will live here: today's session, your next break and a quick check-in."
              />
            }
          />
          <Route
            path="session"
            element={
              <ComingSoonPage
                title="Session"
                coming="A hands-free session player with a large timer and voice cues for every hold, rep and side is on its way."
              />
            }
          />
          <Route
            path="breaks"
            element={
              <ComingSoonPage
                title="Breaks"
                coming="Break reminders that respect your meetings and working hours, each with a one-to-two minute standing routine, are coming."
              />
            }
          />
          <Route
            path="progress"
            element={
              <ComingSoonPage
                title="Progress"
                coming="Daily check-ins, streaks and plain charts that answer “is this helping?” will appear here."
              />
            }
          />
          <Route path="learn" element={<LearnPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="exercises" element={<ExerciseListPage />} />
          <Route path="exercises/:id" element={<ExerciseDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
