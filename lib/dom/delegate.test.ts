// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { delegate } from './delegate';

test('delegate hands the matching ancestor to the handler, for elements added later too, until aborted', () => {
  document.body.innerHTML = '<div id="root"></div><button class="send" id="outside">x</button>';
  const root = document.getElementById('root')!;
  const controller = new AbortController();
  const hits: string[] = [];
  delegate(root, 'click', '.send', (_, element) => hits.push(element.id), { signal: controller.signal });
  root.innerHTML = '<div class="send" id="inside"><span>Send</span></div>';
  root.querySelector('span')!.click();
  document.getElementById('outside')!.click();
  controller.abort();
  root.querySelector('span')!.click();
  expect(hits).toEqual(['inside']);
});

test('a capturing delegate runs before the target element’s own listener', () => {
  document.body.innerHTML = '<div id="root"><div class="send">Send</div></div>';
  const order: string[] = [];
  const button = document.querySelector('.send')!;
  button.addEventListener('click', () => order.push('host'));
  delegate(document.getElementById('root')!, 'click', '.send', () => order.push('ours'), {
    signal: new AbortController().signal,
    capture: true,
  });
  (button as HTMLElement).click();
  expect(order).toEqual(['ours', 'host']);
});
