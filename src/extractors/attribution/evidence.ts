// Subjects that make show/find/reveal a report of findings ("the survey found", "the data show").
import { loadList } from '../../lexicons/load.js';

let subjects: Set<string> | undefined;

export function evidenceSubjects(): Set<string> {
  subjects ??= new Set(loadList('attribution-evidence-subjects').map((w) => w.toLowerCase()));
  return subjects;
}
