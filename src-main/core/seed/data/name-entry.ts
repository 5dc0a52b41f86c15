// The compact notation of the name lists: `'Spelling1|Spelling2 = Originalschrift'`, and for family
// names with a female form `'Ivanov|Iwanow = Иванов ; Ivanova|Iwanowa = Иванова'`. The first
// spelling is the most common one; the others are spellings the same name takes across records.

export interface NameEntry {
  /** Latin spellings, most common first. */
  spellings: readonly string[];
  /** The name in its original script (Arabic, Cyrillic), if the origin writes it in another script. */
  script: string | null;
}

export interface FamilyNameEntry extends NameEntry {
  /** Female form where the language inflects family names (Russian, Bulgarian, Polish). */
  female: NameEntry | null;
}

function entry(text: string): NameEntry {
  const [latin = '', script] = text.split(' = ').map((s) => s.trim());
  return { spellings: latin.split('|').map((s) => s.trim()), script: script || null };
}

export const names = (list: readonly string[]): NameEntry[] => list.map(entry);

export const familyNames = (list: readonly string[]): FamilyNameEntry[] =>
  list.map((text) => {
    const [male = '', female] = text.split(' ; ');
    return { ...entry(male), female: female ? entry(female) : null };
  });
