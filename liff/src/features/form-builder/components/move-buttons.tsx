// ขึ้น / ลง for a card or a row: ids the builder can hand the focus back to after the move, names that say what moves.
import { th } from '../../../i18n/th-staff';
import type { Direction } from '../builder-edits';

const t = th.formBuilder;

/** The button to focus after a move: the same one, or its partner once the move reached the edge (a disabled button cannot hold focus). */
export const afterMove = (base: string, dir: Direction, atEdge: boolean) => `${base}-${dir < 0 !== atEdge ? 'up' : 'down'}`;

interface MoveButtonsProps {
  /** `${base}-up` and `${base}-down`. */
  base: string;
  /** What moves, for the buttons' names: "ข้อ 3", "ตัวเลือกที่ 2". */
  what: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (dir: Direction) => void;
}

export function MoveButtons({ base, what, canUp, canDown, onMove }: MoveButtonsProps) {
  const buttons = [
    { dir: -1, key: 'up', can: canUp },
    { dir: 1, key: 'down', can: canDown },
  ] as const;
  return buttons.map(({ dir, key, can }) => (
    <button
      key={key}
      id={`${base}-${key}`}
      type="button"
      className="button button-secondary"
      aria-label={t.named(t.actions[key], what)}
      disabled={!can}
      onClick={() => onMove(dir)}
    >
      {t.actions[key]}
    </button>
  ));
}
