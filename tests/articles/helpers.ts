import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export function fixtureBytes(name: string): Buffer {
  return readFileSync(`${FIXTURES}${name}.html`);
}

export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}

export function expectedText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.expected.txt`, 'utf8').replace(/\n$/, '');
}

export const FIXTURE_PATH = FIXTURES;
