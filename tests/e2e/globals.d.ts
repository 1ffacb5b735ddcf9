// The page exposes its map for tests (renderer/src/map/MapView.tsx).
interface Window {
  __landlinkMap?: import('maplibre-gl').Map;
}
interface Window {
  landlink?: import('../../shared/ipc/bridge').LandlinkBridge;
}
interface Window {
  __landlinkState?: () => { project: { view: import('../../renderer/src/worker/project-protocol').ProjectView; dirty: boolean } | null; selection: { table: string; fids: readonly number[] } | null };
}
