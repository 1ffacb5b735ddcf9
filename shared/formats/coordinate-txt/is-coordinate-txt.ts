// Whether a text file is a boundary-point coordinate TXT rather than a delimited table: it carries the format's
// section markers near the top, in UTF-8 or in GBK.
const MARKERS = ['[属性描述]', '[地块坐标]'];

export function isCoordinateTxt(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  for (const label of ['utf-8', 'gbk']) {
    const text = new TextDecoder(label).decode(head).replace(/\s+/g, '').replace(/［/g, '[').replace(/］/g, ']');
    if (MARKERS.some((m) => text.includes(m))) return true;
  }
  return false;
}
