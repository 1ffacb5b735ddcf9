// The page exposes its map for tests (renderer/src/map/MapView.tsx).
interface Window {
  __landlinkMap?: import('maplibre-gl').Map;
}
interface Window {
  landlink?: import('../../shared/ipc/bridge').LandlinkBridge;
}
