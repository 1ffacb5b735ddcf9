// The one Content-Security-Policy of the app, used by the Electron app:// protocol, the web server of `npm run web`
// and the <meta> tag of index.html. Nothing may be loaded from the network: every source is the app itself.
// 'wasm-unsafe-eval' lets sql.js compile its WebAssembly; blob: workers are how MapLibre starts its workers.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
