import { Actor, builder } from '../builder.js';

Actor.implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'Someone who can speak or be spoken to in an article: a Person or an Organization.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical name.' }),
  }),
});
