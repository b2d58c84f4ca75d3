import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { AnatomyPage } from './AnatomyPage.tsx';
import { LearnHubPage } from './LearnHubPage.tsx';
import { LearnTopicPage } from './LearnTopicPage.tsx';
import { MethodPage } from './MethodPage.tsx';

/** Everything under /learn; App mounts it at "learn/*". */
export function LearnRoutes() {
  return (
    <Routes>
      <Route index element={<LearnHubPage />} />
      <Route path="anatomy" element={<AnatomyPage />} />
      <Route path="method" element={<MethodPage />} />
      <Route path="habits" element={<LearnTopicPage slug="habits" />} />
      <Route path="when-to-see-a-doctor" element={<LearnTopicPage slug="when-to-see-a-doctor" />} />
      <Route path="what-we-dont-claim" element={<LearnTopicPage slug="what-we-dont-claim" />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
