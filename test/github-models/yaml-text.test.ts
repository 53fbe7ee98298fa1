import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/parse.js';

const FILE = `name: 2025
description: yes
model: openai/gpt-4o-mini
messages:
  - role: user
    content: 0010
testData:
  - price: 1.50
evaluators:
  - name: 1
    string: { equals: 1.50 }
  - name: judged
    llm:
      modelId: openai/gpt-4o-mini
      prompt: 3.0
      choices: [{ choice: 1.0, score: 1 }, { choice: true, score: 0 }]
`;

describe('string fields of .prompt.yml files keep their YAML source text, as gh reads them', () => {
  it('numbers and booleans in Go string fields stay as written', () => {
    const draft = parsePromptFile(FILE, 'p/a.prompt.yml');
    expect(draft.name).toBe('2025');
    expect(draft.description).toBe('yes');
    expect(draft.messages[0]?.content).toBe('0010');
    expect(draft.evaluators).toEqual([
      { name: '1', string: { equals: '1.50' } },
      {
        name: 'judged',
        llm: {
          modelId: 'openai/gpt-4o-mini',
          prompt: '3.0',
          choices: [
            { choice: '1.0', score: 1 },
            { choice: 'true', score: 0 },
          ],
        },
      },
    ]);
    // Test data is gh's free-form map: typed values, as gh's decoder types them.
    expect(draft.testData).toEqual([{ price: 1.5 }]);
  });

  it('promptgate files are not affected', () => {
    const own = parsePromptFile(
      'id: a\nversion: 1.0.0\nmodel: m\nmessages:\n  - role: user\n    content: 0010\n',
      'p/a.prompt.yaml',
    );
    expect(own.messages[0]?.content).toBe('10');
  });
});
