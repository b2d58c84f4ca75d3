import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountProvider } from '../account/AccountProvider.tsx';
import { RequireAccount } from '../account/RequireAccount.tsx';
import { SignInPage } from '../account/SignInPage.tsx';
import { SignUpPage } from '../account/SignUpPage.tsx';
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

/** A page with the person's own data: signed out, it offers to sign in instead (issue 7). */
const personal = (title: string, page: ReactNode) => (
  <RequireAccount title={title}>{page}</RequireAccount>
);

export function App() {
  return (
    <BrowserRouter>
      <AccountProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={personal('Today', <TodayPage />)} />
            <Route path="assess" element={personal('Your assessment', <AssessPage />)} />
            <Route
              path="assess/screening"
              element={personal('Safety questions', <ScreeningPage />)}
            />
            <Route
              path="assess/result"
              element={personal('Your screening result', <TriageResultPage />)}
            />
            <Route path="assess/self-tests" element={personal('Self-tests', <SelfTestsPage />)} />
            <Route path="session" element={personal('Session', <SessionPage />)} />
            <Route path="breaks" element={personal('Breaks', <BreaksPage />)} />
            <Route path="progress" element={personal('Progress', <ProgressPage />)} />
            <Route path="signin" element={<SignInPage />} />
            <Route path="signup" element={<SignUpPage />} />
            <Route path="learn/*" element={<LearnRoutes />} />
            {/* Public: the theme works signed out; the account sections ask to sign in. */}
            <Route path="settings" element={<SettingsPage />} />
            <Route path="exercises" element={<ExerciseListPage />} />
            <Route path="exercises/handout" element={<HandoutPage />} />
            <Route path="exercises/:id" element={<ExerciseDetailPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AccountProvider>
    </BrowserRouter>
  );
}
