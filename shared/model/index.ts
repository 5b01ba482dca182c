// The model: every record kind's type and zod schema, and the table registry.
export * from './common';
export * from './account';
export * from './contact';
export * from './interaction';
export * from './invoice';
export * from './member';
export * from './brief';
export * from './pitch';
export * from './framework';
export * from './evaluation';
export * from './report';
export * from './settings';
export * from './tables';
