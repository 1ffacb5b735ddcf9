// The app's services under their former name, for modules that still spell the type this way (PlanTab,
// DashboardTab). New code imports AppServices (app-services.ts) or reads it with useApp().
export type { AppServices as AppController } from './app-services';
