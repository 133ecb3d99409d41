// Placeholder: the ingest-facts branch supplies the extractor.
import type { AnalyzedArticle, ExtractedCasualtyReport } from './types.js';

export function extractCasualtyReports(_a: AnalyzedArticle): ExtractedCasualtyReport[] {
  return [];
}
