import type { Stance } from '../../model/index.js';

export const stances: Stance[] = [];
