import assert from 'node:assert/strict';
describe('skeleton', () => { it('runs', () => assert.ok(true)); });
