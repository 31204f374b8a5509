// Parse: the whole AST to build stages, with the ARGs before the first FROM kept apart (meta args).
import type { Node } from '../parser/node.ts';
import { InstructionError } from './errors.ts';
import { parseInstruction } from './parse-instruction.ts';
import type { Command, Stage } from './types.ts';

/** The stages of a Dockerfile and its global ARGs (those before the first FROM). */
export interface ParsedStages {
  stages: Stage[];
  metaArgs: Extract<Command, { kind: 'ARG' }>[];
}

/** Parses every instruction; anything but ARG before the first FROM is `no build stage in current context`. */
export function parseStages(ast: Node): ParsedStages {
  const stages: Stage[] = [];
  const metaArgs: ParsedStages['metaArgs'] = [];
  for (const node of ast.children) {
    const instruction = parseInstruction(node);
    if (instruction.kind === 'FROM') {
      stages.push({ ...instruction, commands: [] });
      continue;
    }
    if (stages.length === 0) {
      if (instruction.kind === 'ARG') {
        metaArgs.push(instruction);
        continue;
      }
      throw new InstructionError('no build stage in current context', node.startLine, node.endLine, false);
    }
    stages[stages.length - 1].commands.push(instruction);
  }
  return { stages, metaArgs };
}
