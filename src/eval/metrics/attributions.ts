// Attribution relations (PARC/PolNeAR style), relaxed: an extracted attribution matches a gold one
// when its source and cue overlap the gold source and cue; separately, when source and content overlap.
import { quote, type DocContext } from '../explain.js';
import type { GoldAttribution } from '../gold.js';
import { matchGreedy, overlaps } from '../match.js';
import type { PredAttribution } from '../prediction.js';

export function scoreAttributions(gold: readonly GoldAttribution[], pred: readonly PredAttribution[], ctx: DocContext): void {
  const cue = matchGreedy(gold, pred, (g, p) => overlaps(g.source, p.source) && overlaps(g.cue, p.cue));
  const content = matchGreedy(gold, pred, (g, p) => p.content !== null && overlaps(g.content, p.content) && overlaps(g.source, p.source));
  ctx.tallies.addPrf('attributions.sourceCue', cue.pairs.length, pred.length, gold.length);
  ctx.tallies.addPrf('attributions.sourceContent', content.pairs.length, pred.length, gold.length);

  const note = ctx.note;
  if (!note) return;
  gold.forEach((g, i) => {
    if (cue.goldTo[i] === -1) note('attributions', 'miss', `${quote(g.source.text)} ${quote(g.cue.text)} not found`, g.cue);
    else if (content.goldTo[i] === -1) note('attributions', 'wrong', `${quote(g.source.text)} ${quote(g.cue.text)}: content does not overlap gold ${quote(g.content.text)}`, g.cue);
  });
  pred.forEach((p, i) => {
    if (cue.predTo[i] === -1) note('attributions', 'false positive', `${quote(p.source.text)} ${quote(p.cue.text)} is not a gold attribution`, p.cue);
  });
}
