// Work in slices: a step runs until it says it is done, each slice in a task of its own,
// and it can be stopped early or fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inSlices, nextTask } from '../../www/loader/slices.mjs';

test('steps run until one says it is done', async () => {
  let steps = 0;
  await inSlices(() => ++steps === 5, () => false);
  assert.equal(steps, 5);
});

test('each slice after the first is a task of its own', async () => {
  const order = [];
  const done = inSlices(() => {
    order.push('slice');
    return order.length >= 3;
  }, () => false);
  setTimeout(() => order.push('timer'), 0);
  order.push('after the call');
  await done;
  assert.equal(order[0], 'slice', 'the first slice runs at once');
  assert.equal(order[1], 'after the call', 'the rest wait for a later task');
});

test('stopped() ends the work before the next slice', async () => {
  let steps = 0;
  let stop = false;
  await inSlices(() => {
    steps++;
    stop = steps === 2;
    return false;
  }, () => stop);
  assert.equal(steps, 2);
});

test('an error in a step rejects', async () => {
  await assert.rejects(inSlices(() => { throw new Error('broken step'); }, () => false), /broken step/);
});

test('nextTask resolves after what is already queued', async () => {
  const order = [];
  const waited = nextTask().then(() => order.push('next task'));
  Promise.resolve().then(() => order.push('microtask'));
  await waited;
  assert.deepEqual(order, ['microtask', 'next task']);
});
