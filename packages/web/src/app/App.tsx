import { BrowserRouter, Route, Routes } from 'react-router';
import { BreaksPage } from '../breaks/BreaksPage.tsx';
import { AssessPage } from '../assessment/AssessPage.tsx';
import { ScreeningPage } from '../assessment/ScreeningPage.tsx';
import { SelfTestsPage } from '../assessment/SelfTestsPage.tsx';
import { TriageResultPage } from '../assessment/TriageResultPage.tsx';
import { ExerciseDetailPage } from '../exercises/ExerciseDetailPage.tsx';
import { ExerciseListPage } from '../exercises/ExerciseListPage.tsx';
import { HandoutPage } from '../exercises/HandoutPage.tsx';
import { LearnRoutes } from '../learn/LearnRoutes.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { ProgressPage } from '../progress/ProgressPage.tsx';
import { SessionPage } from '../session/SessionPage.tsx';
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
          <Route path="session" element={<SessionPage />} />
          <Route path="breaks" element={<BreaksPage />} />
          <Route path="progress" element={<ProgressPage />} />
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
