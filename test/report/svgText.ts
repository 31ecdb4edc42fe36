/** Test helpers for reading chart SVG markup. */

/** All text content of <text> and <tspan> elements, in document order. */
export function textsOf(svg: string): string[] {
  const texts: string[] = [];
  for (const match of svg.matchAll(/<(text|tspan)\b[^>]*>([^<]*)(?=<)/g)) {
    const text = decode(match[2]).trim();
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** All text of the SVG joined by newlines, for substring checks. */
export function allText(svg: string): string {
  return textsOf(svg).join('\n');
}

/** Number of elements with aria-label="name" (Plot labels each mark's group). */
export function countMarks(svg: string, name: string): number {
  return svg.split(`aria-label="${name}"`).length - 1;
}

/** Effective font sizes [px] of every tag that sets one (a style declaration wins over the attribute). */
export function fontSizes(svg: string): number[] {
  const sizes: number[] = [];
  for (const tag of svg.match(/<[a-z][^>]*>/g) ?? []) {
    const style = /style="[^"]*font-size:\s*([\d.]+)px/.exec(tag);
    const attribute = /\sfont-size="([\d.]+)"/.exec(tag);
    if (style !== null) sizes.push(Number(style[1]));
    else if (attribute !== null) sizes.push(Number(attribute[1]));
  }
  return sizes;
}

function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  signature.forEach((byte, i) => {
    if (png[i] !== byte) throw new Error('not a PNG: bad signature');
  });
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR chunk');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** width and height attributes of the root <svg>. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1]),
    height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1]),
  };
}
