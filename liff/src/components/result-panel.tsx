// The outcome of a send (nudges, reminders): a heading that takes focus, so a screen reader reads it, and its lines.
import { useFocusOnMount } from './status-panel';

export function ResultPanel({ title, lines }: { title: string; lines: readonly string[] }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="panel panel-success">
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
