import { Outlet, ScrollRestoration } from 'react-router';

/** Every route: new pages start at the top, Back returns to where you were. */
export function RootLayout() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
