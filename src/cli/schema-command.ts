import { Command } from 'commander';
import { jsonSchema } from '../schema.js';
import type { CliContext } from './context.js';

export function schemaCommand(ctx: CliContext): Command {
  return new Command('schema')
    .description('print the JSON Schema of the output records (ArticleResult | ErrorResult)')
    .action(() => {
      ctx.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    });
}
