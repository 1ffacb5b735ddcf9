// Splits a coordinate TXT into numbered lines and its two sections. Line numbers are the file's own (1-based), so
// every refusal can say where to look; blank lines are kept out of the sections but keep their numbers.
import { FormatReadError } from '../read-error';

export interface NumberedLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly text: string;
}

export interface TxtSections {
  /** key=value lines of [属性描述], keys trimmed. */
  readonly attributes: ReadonlyMap<string, { readonly value: string; readonly line: number }>;
  /** Non-blank lines after [地块坐标]. */
  readonly body: readonly NumberedLine[];
  /** Line of the [地块坐标] marker. */
  readonly bodyLine: number;
}

export const ATTRIBUTE_SECTION = '[属性描述]';
export const COORDINATE_SECTION = '[地块坐标]';

/** A section marker written with full-width brackets or spaces is still the marker. */
const marker = (text: string) => text.replace(/\s+/g, '').replace(/［/g, '[').replace(/］/g, ']');

export function splitSections(text: string, name: string): TxtSections {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const attributes = new Map<string, { value: string; line: number }>();
  const body: NumberedLine[] = [];
  let section: 'none' | 'attributes' | 'coordinates' = 'none';
  let bodyLine = 0;
  let attributeLine = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const m = marker(trimmed);
    if (m === ATTRIBUTE_SECTION) {
      section = 'attributes';
      attributeLine = line;
      return;
    }
    if (m === COORDINATE_SECTION) {
      section = 'coordinates';
      bodyLine = line;
      return;
    }
    if (section === 'attributes') {
      const at = trimmed.search(/[=＝]/);
      if (at > 0) attributes.set(trimmed.slice(0, at).trim(), { value: trimmed.slice(at + 1).trim(), line });
    } else if (section === 'coordinates') body.push({ line, text: trimmed });
  });
  if (attributeLine === 0)
    throw new FormatReadError(
      `${name} has no ${ATTRIBUTE_SECTION} section, so its coordinate system is unknown; add the section at the top (坐标系=2000国家大地坐标系, 几度分带=3, 带号=…, 计量单位=米) as the ministry's format requires.`,
      `${name} 缺少 ${ATTRIBUTE_SECTION} 节，无法确定坐标系；请在文件开头按部颁格式补充该节（坐标系=2000国家大地坐标系、几度分带=3、带号=…、计量单位=米）。`,
    );
  if (bodyLine === 0)
    throw new FormatReadError(
      `${name} has no ${COORDINATE_SECTION} section after line ${attributeLine}; add a line ${COORDINATE_SECTION} before the plots' header and point lines.`,
      `${name} 第 ${attributeLine} 行之后缺少 ${COORDINATE_SECTION} 节；请在地块记录与界址点行之前加一行 ${COORDINATE_SECTION}。`,
    );
  return { attributes, body, bodyLine };
}
