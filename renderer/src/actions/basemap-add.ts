import { defineAction } from './action';
import { addBasemapWithMessages } from '../basemaps/add-basemap-with-messages';
import { mountBasemapControl } from '../basemaps/basemap-control';

// The basemap panel is a map control, not part of the shell: it is mounted when the action registry loads this file.
mountBasemapControl();

/** 添加底图…: a local PMTiles, MBTiles or GeoTIFF/COG under the project's layers, read through the Host, offline. */
export default defineAction('basemap.add', {
  perform: () => addBasemapWithMessages(),
});
