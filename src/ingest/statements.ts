// Placeholder: the ingest-facts branch supplies the extractor.
import type { AnalyzedArticle, ExtractedStatement } from './types.js';

export function extractStatements(_a: AnalyzedArticle): ExtractedStatement[] {
  return [];
}
