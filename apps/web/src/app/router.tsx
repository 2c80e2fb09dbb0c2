import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { RegisterPage } from '../features/auth/register-page';
import { RequireAuth } from '../features/auth/require-auth';
import { TodayPage } from '../features/checkins/today-page';
import { ChoresPage } from '../features/chores/chores-page';
import { AppreciatePage } from '../features/connect/appreciate/appreciate-page';
import { InboxPage } from '../features/connect/inbox/inbox-page';
import { MeetingPage } from '../features/connect/meeting/meeting-page';
import { PromptsPage } from '../features/connect/prompts/prompts-page';
import { TalkPage } from '../features/connect/talk/talk-page';
import { TalkSessionPage } from '../features/connect/talk/talk-session-page';
import { ConflictsPage } from '../features/conflicts/conflicts-page';
import { TopicPage } from '../features/conflicts/topic-page';
import { DecisionLogPage } from '../features/decisions/decision-log-page';
import { DecisionPage } from '../features/decisions/decision-page';
import { DecisionsPage } from '../features/decisions/decisions-page';
import { DatePage } from '../features/dates/date-page';
import { DatesPage } from '../features/dates/dates-page';
import { GrowthPage } from '../features/growth/growth-page';
import { PeoplePage } from '../features/people/people-page';
import { HelpPage } from '../features/help/help-page';
import { InvitePage } from '../features/invites/invite-page';
import { ImportPage } from '../features/money/import/import-page';
import { InsightsPage } from '../features/money/insights/insights-page';
import { MoneyPage } from '../features/money/money-page';
import { PlansPage } from '../features/money/plans/plans-page';
import { SettingsPage } from '../features/settings/settings-page';
import { MembersPage } from '../features/spaces/members-page';
import { NewSpacePage } from '../features/spaces/new-space-page';
import { SpaceLayout } from '../features/spaces/space-layout';
import { SpacesPage } from '../features/spaces/spaces-page';
import { TimePage } from '../features/time/time-page';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <HomePage /> },
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/register', element: <RegisterPage /> },
          { path: '/invite/:token', element: <InvitePage /> },
          { path: '/help', element: <HelpPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { path: '/spaces', element: <SpacesPage /> },
              { path: '/spaces/new', element: <NewSpacePage /> },
              {
                path: '/s/:spaceId',
                element: <SpaceLayout />,
                children: [
                  { index: true, element: <TodayPage /> },
                  { path: 'chores', element: <ChoresPage /> },
                  { path: 'money', element: <MoneyPage /> },
                  { path: 'money/plans', element: <PlansPage /> },
                  { path: 'money/import', element: <ImportPage /> },
                  { path: 'money/insights', element: <InsightsPage /> },
                  { path: 'connect/talk', element: <TalkPage /> },
                  { path: 'connect/talk/:sessionId', element: <TalkSessionPage /> },
                  { path: 'connect/prompts', element: <PromptsPage /> },
                  { path: 'connect/meeting', element: <MeetingPage /> },
                  { path: 'connect/appreciate', element: <AppreciatePage /> },
                  { path: 'decide', element: <DecisionsPage /> },
                  { path: 'time', element: <TimePage /> },
                  { path: 'dates', element: <DatesPage /> },
                  { path: 'dates/:dateId', element: <DatePage /> },
                  { path: 'growth', element: <GrowthPage /> },
                  { path: 'people', element: <PeoplePage /> },
                  { path: 'decide/log', element: <DecisionLogPage /> },
                  { path: 'decide/:decisionId', element: <DecisionPage /> },
                  { path: 'resolve', element: <ConflictsPage /> },
                  { path: 'resolve/:topicId', element: <TopicPage /> },
                  { path: 'inbox', element: <InboxPage /> },
                  { path: 'members', element: <MembersPage /> },
                ],
              },
              { path: '/settings', element: <SettingsPage /> },
            ],
          },
        ],
      },
      { element: <PublicLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
    ],
  },
]);
