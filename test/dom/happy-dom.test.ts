// @vitest-environment happy-dom
import { it } from 'vitest';
import { expectRendersInFakeDom } from './render-in-fake-dom.js';

it('renders the lanes and marks in happy-dom, at a default width, without throwing', expectRendersInFakeDom);
