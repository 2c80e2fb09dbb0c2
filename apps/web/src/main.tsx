import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startTheme } from './lib/theme/theme-dom';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/space-switcher.css';
// The component kit: every control is at least 44px high and shows a :focus-visible ring.
import './ui/button.css';
import './ui/field.css';
import './ui/radio-group.css';
import './ui/checkbox.css';
import './ui/card.css';
import './ui/alert.css';
import './styles/page-tabs.css';
import './styles/screens.css';
import './styles/chores.css';
import './styles/fairness.css';
import './styles/money.css';
import './styles/money-plans.css';
import './styles/money-import.css';
import './styles/money-insights.css';
import './styles/connect-prompts.css';
import './styles/connect-talk.css';
import './styles/connect-meeting.css';
import './styles/connect-appreciate.css';
import './styles/decisions.css';
import './styles/conflicts.css';
import './styles/time.css';
import './styles/growth.css';
import './styles/dates.css';
import './styles/people.css';

// Applied from the bundle, not an inline script: the CSP allows only 'self' scripts.
startTheme();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Offline support is a bonus; the app works without it.
    });
  });
}
