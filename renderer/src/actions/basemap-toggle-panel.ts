import { defineAction } from './action';
import { basemapCommands, useBasemapStore } from '../basemaps/basemap-store';

/** 底图列表: shows or hides the basemap panel at the map's top-right. */
export default defineAction('basemap.togglePanel', {
  perform: () => basemapCommands.setPanelOpen(!useBasemapStore.getState().panelOpen),
});
