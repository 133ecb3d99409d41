import { builder } from '../builder.js';
import type { PhotoRow } from '../db/schema/index.js';
import { reads } from '../graphql/columns-read.js';
import { loadNodes, loadOptional, loadRequired } from '../graphql/load.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';
import { Article } from './article.type.js';

export const Photo = builder.objectRef<PhotoRow>('Photo');

builder.node(Photo, {
  description: 'A photo printed with an article: its caption, credit and photographer.',
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.photoById, ids),
  fields: (t) => ({
    article: t.field({
      type: Article,
      description: 'The article the photo is printed with.',
      ...reads('articleId'),
      resolve: (p, _args, ctx) => loadRequired(ctx.loaders.articleById, p.articleId),
    }),
    caption: t.exposeString('caption', { description: 'The caption as printed, without the credit.' }),
    credit: t.exposeString('credit', { nullable: true, description: 'The credit line exactly as printed.' }),
    photographer: t.field({
      type: Person,
      nullable: true,
      description: 'Who took the photo, when the credit names a person.',
      ...reads('photographerId'),
      resolve: (p, _args, ctx) => loadOptional(ctx.loaders.personById, p.photographerId),
    }),
    takenOn: t.expose('takenOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the photo was taken, when the caption says.',
    }),
    place: t.field({
      type: Place,
      nullable: true,
      description: 'Where the photo was taken, when the caption says.',
      ...reads('placeId'),
      resolve: (p, _args, ctx) => loadOptional(ctx.loaders.placeById, p.placeId),
    }),
  }),
});
