import type DataLoader from 'dataloader';

/** Loads a row that a foreign key guarantees; its absence is a bug, so it stays masked. */
export async function loadRequired<R>(loader: DataLoader<number, R | null>, id: number): Promise<R> {
  const row = await loader.load(id);
  if (!row) throw new Error(`row ${id} is missing although a foreign key refers to it`);
  return row;
}

/** Loads a row by an optional foreign key. */
export function loadOptional<R>(loader: DataLoader<number, R | null>, id: number | null): Promise<R | null> | null {
  return id == null ? null : loader.load(id);
}

/** For `node` and `nodes`: rows by the id part of their global IDs, null for a miss. */
export function loadNodes<R>(loader: DataLoader<number, R | null>, ids: string[]): Promise<Array<R | null>> {
  return Promise.all(ids.map((id) => loader.load(Number(id))));
}
