// What a unit spec gets for @rtop/testing (see jest.config.js): kits that start and load no platform.
export { given } from './decider-spec';
export { PUBLISHED, publishedBy, reactTo, reactionOf } from './reaction-spec';
export type { Reaction, SentCommand } from './reaction-spec';
