// Simple vector glyphs for the menu tiles, drawn in white on the accent disc, in a unit box centred on the origin.
import { Path2D, type SKRSContext2D } from '@napi-rs/canvas';

export type IconName = 'person' | 'person-add' | 'network' | 'search' | 'key' | 'calendar' | 'help' | 'gear' | 'chart' | 'check' | 'import';

/** Draws in unit coordinates (the box is −0.5…0.5); `bg` is the disc colour, for cut-outs. */
type Draw = (c: SKRSContext2D, bg: string) => void;

const stroke = (c: SKRSContext2D, svgPath: string) => c.stroke(new Path2D(svgPath));
const fill = (c: SKRSContext2D, svgPath: string) => c.fill(new Path2D(svgPath));
const disc = (c: SKRSContext2D, x: number, y: number, r: number) => {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
};
const ring = (c: SKRSContext2D, x: number, y: number, r: number) => {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.stroke();
};
const person = (c: SKRSContext2D, dx: number) => {
  disc(c, dx, -0.17, 0.15);
  c.beginPath();
  c.ellipse(dx, 0.33, 0.29, 0.25, 0, Math.PI, 0);
  c.closePath();
  c.fill();
};

const ICONS: Record<IconName, Draw> = {
  person: (c) => person(c, 0),
  'person-add': (c) => {
    person(c, -0.08);
    stroke(c, 'M0.3 -0.2 V0.06 M0.17 -0.07 H0.43');
  },
  network: (c) => {
    stroke(c, 'M0 -0.28 L-0.29 0.22 H0.29 Z');
    for (const [x, y] of [
      [0, -0.28],
      [-0.29, 0.22],
      [0.29, 0.22],
    ] as const)
      disc(c, x, y, 0.12);
  },
  search: (c) => {
    ring(c, -0.07, -0.07, 0.21);
    c.lineWidth *= 1.5;
    stroke(c, 'M0.1 0.1 L0.3 0.3');
  },
  key: (c) => {
    ring(c, -0.2, 0, 0.14);
    stroke(c, 'M-0.06 0 H0.34 M0.2 0 V0.13 M0.31 0 V0.11');
  },
  calendar: (c) => {
    c.beginPath();
    c.roundRect(-0.32, -0.24, 0.64, 0.56, 0.06);
    c.stroke();
    fill(c, 'M-0.32 -0.24 H0.32 V-0.1 H-0.32 Z');
    stroke(c, 'M-0.16 -0.34 V-0.18 M0.16 -0.34 V-0.18');
    for (const [x, y] of [
      [-0.17, 0.02],
      [0, 0.02],
      [0.17, 0.02],
      [-0.17, 0.17],
      [0, 0.17],
    ] as const)
      disc(c, x, y, 0.045);
  },
  help: (c) => {
    ring(c, 0, 0, 0.33);
    c.beginPath();
    c.arc(0, -0.08, 0.11, Math.PI * 1.1, Math.PI * 0.45);
    c.lineTo(0, 0.1);
    c.stroke();
    disc(c, 0, 0.2, 0.04);
  },
  gear: (c, bg) => {
    for (let i = 0; i < 8; i++) {
      c.save();
      c.rotate((i * Math.PI) / 4);
      c.fillRect(-0.07, -0.36, 0.14, 0.16);
      c.restore();
    }
    disc(c, 0, 0, 0.25);
    c.fillStyle = bg;
    disc(c, 0, 0, 0.1);
  },
  chart: (c) => {
    fill(c, 'M-0.26 -0.04 h0.16 v0.3 h-0.16 Z M-0.04 -0.22 h0.16 v0.48 h-0.16 Z M0.18 0.04 h0.16 v0.22 h-0.16 Z');
    stroke(c, 'M-0.34 0.3 H0.4');
  },
  check: (c) => {
    stroke(c, 'M0 -0.36 L0.3 -0.24 Q0.3 0.22 0 0.37 Q-0.3 0.22 -0.3 -0.24 Z');
    stroke(c, 'M-0.13 0.01 L-0.03 0.11 L0.15 -0.09');
  },
  import: (c) => stroke(c, 'M-0.32 0.06 V0.3 H0.32 V0.06 M0 -0.34 V0.12 M-0.15 -0.03 L0 0.12 L0.15 -0.03'),
};

/** Draws icon `name` centred at (x, y) in a box of `size` px. */
export function drawIcon(c: SKRSContext2D, name: IconName, x: number, y: number, size: number, fg: string, bg: string): void {
  c.save();
  c.translate(x, y);
  c.scale(size, size);
  c.fillStyle = fg;
  c.strokeStyle = fg;
  c.lineWidth = 0.075;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  ICONS[name](c, bg);
  c.restore();
}
