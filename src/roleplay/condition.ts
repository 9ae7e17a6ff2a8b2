/**
 * The tiny condition language of scenarios, e.g. `tension >= 60 and not (energy < 20)`.
 * Parsed into a tree and evaluated by walking it: content is never run as code.
 *
 *   expr   := or
 *   or     := and ("or" and)*
 *   and    := unary ("and" unary)*
 *   unary  := "not" unary | "(" expr ")" | compare
 *   compare:= operand (< | <= | > | >= | == | !=) operand
 *   operand:= meter id | integer
 */
export type Operand = { kind: 'meter'; id: string } | { kind: 'number'; value: number };
export type Condition =
  | { kind: 'compare'; op: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };
type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export class ConditionSyntaxError extends Error {}

const TOKEN = /\s*(<=|>=|==|!=|<|>|\(|\)|-?\d+|[a-z][a-z0-9_]*|\S)/gy;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match) break;
    tokens.push(match[1]);
  }
  return tokens.filter((t) => t.trim() !== '');
}

export function parseCondition(source: string): Condition {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++];
  const fail = (what: string): never => {
    const found = peek() === undefined ? 'the end' : `"${peek()}"`;
    throw new ConditionSyntaxError(`expected ${what} but found ${found} in "${source}"`);
  };

  const operand = (): Operand => {
    const token = peek();
    if (token !== undefined && /^-?\d+$/.test(token)) {
      take();
      return { kind: 'number', value: Number(token) };
    }
    if (
      token !== undefined &&
      /^[a-z][a-z0-9_]*$/.test(token) &&
      !['and', 'or', 'not'].includes(token)
    ) {
      take();
      return { kind: 'meter', id: token };
    }
    return fail('a meter id or a number');
  };
  const compare = (): Condition => {
    const left = operand();
    const op = peek();
    if (!['<', '<=', '>', '>=', '==', '!='].includes(op ?? ''))
      fail('a comparison (<, <=, >, >=, ==, !=)');
    take();
    return { kind: 'compare', op: op as ComparisonOperator, left, right: operand() };
  };
  const unary = (): Condition => {
    if (peek() === 'not') {
      take();
      return { kind: 'not', operand: unary() };
    }
    if (peek() === '(') {
      take();
      const inner = or();
      if (take() !== ')') {
        position--;
        fail('")"');
      }
      return inner;
    }
    return compare();
  };
  const and = (): Condition => {
    let left = unary();
    while (peek() === 'and') {
      take();
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const or = (): Condition => {
    let left = and();
    while (peek() === 'or') {
      take();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  const tree = or();
  if (position < tokens.length) fail('"and", "or" or the end');
  return tree;
}

const value = (operand: Operand, meters: Record<string, number>) =>
  operand.kind === 'number' ? operand.value : (meters[operand.id] ?? 0);

export function evaluateCondition(condition: Condition, meters: Record<string, number>): boolean {
  switch (condition.kind) {
    case 'not':
      return !evaluateCondition(condition.operand, meters);
    case 'and':
      return (
        evaluateCondition(condition.left, meters) && evaluateCondition(condition.right, meters)
      );
    case 'or':
      return (
        evaluateCondition(condition.left, meters) || evaluateCondition(condition.right, meters)
      );
    case 'compare': {
      const [a, b] = [value(condition.left, meters), value(condition.right, meters)];
      const results = {
        '<': a < b,
        '<=': a <= b,
        '>': a > b,
        '>=': a >= b,
        '==': a === b,
        '!=': a !== b,
      };
      return results[condition.op];
    }
  }
}

/** Meter ids a condition reads, for the validator's unknown-meter check. */
export function metersIn(condition: Condition): string[] {
  switch (condition.kind) {
    case 'not':
      return metersIn(condition.operand);
    case 'and':
    case 'or':
      return [...metersIn(condition.left), ...metersIn(condition.right)];
    case 'compare':
      return [condition.left, condition.right].flatMap((o) => (o.kind === 'meter' ? [o.id] : []));
  }
}
