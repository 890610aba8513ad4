import { CHART_COLOURS } from '../../../ui/Chart';

/*
 * Bar fills that stay apart when printed in black and white: each role has its own colour AND its
 * own texture (solid, diagonal lines, dots, cross-hatch), so a greyscale print or a reader who
 * cannot tell the colours apart still tells the bars apart. The legend shows the same fills.
 */
type Texture = 'solid' | 'diagonal' | 'dots' | 'cross';
export const ROLE_TEXTURES: Texture[] = ['solid', 'diagonal', 'dots', 'cross'];

const cache = new Map<string, CanvasPattern | string>();

export function roleFill(index: number): CanvasPattern | string {
  const colour = CHART_COLOURS[index % CHART_COLOURS.length];
  const texture = ROLE_TEXTURES[index % ROLE_TEXTURES.length];
  const key = `${colour}:${texture}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const fill = texture === 'solid' ? colour : pattern(colour, texture);
  cache.set(key, fill);
  return fill;
}

export const roleBorder = (index: number): string => CHART_COLOURS[index % CHART_COLOURS.length];

function pattern(colour: string, texture: Exclude<Texture, 'solid'>): CanvasPattern | string {
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  if (texture === 'diagonal') {
    ctx.beginPath();
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size * 1.5);
    ctx.lineTo(size * 1.5, size / 2);
    ctx.stroke();
  } else if (texture === 'dots') {
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, 2.4, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}
