// The app's services as React context: components call useApp() instead of receiving `app` as a prop.
import { createContext, useContext } from 'react';
import type { AppServices } from './app-services';

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: React.ReactNode }): React.JSX.Element {
  return <AppContext.Provider value={services}>{children}</AppContext.Provider>;
}

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('Landlink: useApp() outside <AppProvider> (renderer/src/main.tsx provides it).');
  return services;
}
