// Thai-aware substring search for pickers (school directory): case- and spacing-insensitive.
const normalise = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export function matchesQuery(query: string, ...fields: string[]): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return fields.some((f) => normalise(f).includes(q));
}
