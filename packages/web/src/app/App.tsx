import { BrowserRouter, Route, Routes } from 'react-router';
import { AssessPage } from '../assessment/AssessPage.tsx';
import { ScreeningPage } from '../assessment/ScreeningPage.tsx';
import { SelfTestsPage } from '../assessment/SelfTestsPage.tsx';
import { TriageResultPage } from '../assessment/TriageResultPage.tsx';
import { ExerciseDetailPage } from '../exercises/ExerciseDetailPage.tsx';
import { ExerciseListPage } from '../exercises/ExerciseListPage.tsx';
import { HandoutPage } from '../exercises/HandoutPage.tsx';
import { LearnRoutes } from '../learn/LearnRoutes.tsx';
import { ComingSoonPage } from '../pages/ComingSoonPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { TodayPage } from '../today/TodayPage.tsx';
import { Layout } from './Layout.tsx';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<TodayPage />} />
          <Route path="assess" element={<AssessPage />} />
          <Route path="assess/screening" element={<ScreeningPage />} />
          <Route path="assess/result" element={<TriageResultPage />} />
          <Route path="assess/self-tests" element={<SelfTestsPage />} />
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
          <Route path="learn/*" element={<LearnRoutes />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="exercises" element={<ExerciseListPage />} />
          <Route path="exercises/handout" element={<HandoutPage />} />
          <Route path="exercises/:id" element={<ExerciseDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
