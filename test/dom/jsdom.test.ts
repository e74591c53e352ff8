// @vitest-environment jsdom
import { it } from 'vitest';
import { expectRendersInFakeDom } from './render-in-fake-dom.js';

it('renders the lanes and marks in jsdom, at a default width, without throwing', expectRendersInFakeDom);
