/** Every event type, in the vocabulary's order (the order a legend lists them in). */
export const EVENT_TYPES = ['statement', 'appeal', 'demand', 'offer', 'meeting', 'call', 'agreement', 'support',
  'criticism', 'accusation', 'rejection', 'veto', 'sanction', 'violence', 'other'] as const;
